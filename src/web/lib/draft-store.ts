// Where drafts live (decision 0023): what a person typed in a form and has not saved yet, kept
// in this tab's sessionStorage so a reload or a trip to another page loses nothing. Each draft
// is keyed by the signed-in account, whose record it belongs to and which form it is. The
// journal's words are never written to the device: its drafts stay in this page's memory.
// Signing out removes every draft (Layout.tsx, by the prefix below): in this tab at once, and
// in other tabs when they next read one; signing in removes other accounts' drafts from the tab
// (lib/draft-keep.ts).
export type Draft<V> = { values: V; base?: unknown; at: string };

/** Every draft's key starts so; the sign-out in Layout.tsx removes them by it. */
export const DRAFT_PREFIX = 'waymark.draft:';
/** When someone last signed out on this device (set by Layout.tsx): older drafts are stale. */
const SIGNED_OUT_AT = 'waymark.signedOutAt';

/** The journal's drafts: gone on reload, never in the device's storage. */
const memory = new Map<string, Draft<unknown>>();
// Sent by the sign-out (Layout.tsx).
window.addEventListener('waymark:signed-out', () => memory.clear());

export function tabStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function signedOutAt(): string {
  try {
    return window.localStorage.getItem(SIGNED_OUT_AT) ?? '';
  } catch {
    return '';
  }
}

export function draftKey(account: string, owner: string, form: string): string {
  return `${DRAFT_PREFIX}${JSON.stringify([account, owner, form])}`;
}

export function readDraft<V>(key: string, onDevice: boolean): Draft<V> | null {
  let draft = memory.get(key) as Draft<V> | undefined;
  if (onDevice) {
    try {
      draft = JSON.parse(tabStore()?.getItem(key) ?? 'null') ?? undefined;
    } catch {
      draft = undefined;
    }
  }
  // Written before someone signed out in another tab: not for whoever is here now.
  if (!draft || draft.at < signedOutAt()) {
    removeDraft(key);
    return null;
  }
  return draft;
}

export function writeDraft<V>(key: string, draft: Draft<V>, onDevice: boolean): void {
  if (!onDevice) {
    memory.set(key, draft);
    return;
  }
  try {
    tabStore()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the words are still on screen, and leaving still asks first.
  }
}

export function removeDraft(key: string): void {
  memory.delete(key);
  tabStore()?.removeItem(key);
}
