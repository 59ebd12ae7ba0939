// Signing in on a tab (decision 0023): drafts another account left here when its session timed
// out are not for whoever signs in now. Kept apart from lib/draft-store.ts because only the
// sign-in pages need it.
import { DRAFT_PREFIX, removeDraft, tabStore } from './draft-store.ts';

export function keepDraftsOf(account: string): void {
  const mine = `${DRAFT_PREFIX}${JSON.stringify([account]).slice(0, -1)},`;
  for (const key of Object.keys(tabStore() ?? {}))
    if (key.startsWith(DRAFT_PREFIX) && !key.startsWith(mine)) removeDraft(key);
}
