// Where drafts live (decision 0023): what a person typed in a form and has not saved yet, kept
// in this tab's sessionStorage so a reload or a trip to another page loses nothing. Each draft
// is keyed by the signed-in account, whose record it belongs to and which form it is. The
// journal's words are never written to the device: its drafts stay in this page's memory.
// Signing out removes every draft, in this tab at once and in other tabs when they next read one.

export type Draft<V> = { values: V; base?: unknown; at: string };

const PREFIX = 'waymark.draft:';
const SIGNED_OUT_AT = 'waymark.signedOutAt';
/** The journal's drafts: gone on reload, never on the device's storage. */
const memory = new Map<string, Draft<unknown>>();

function store(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

export function draftKey(account: string, owner: string, form: string): string {
  return `${PREFIX}${JSON.stringify([account, owner, form])}`;
}

export function readDraft<V>(key: string, onDevice: boolean): Draft<V> | null {
  let draft = memory.get(key) as Draft<V> | undefined;
  if (onDevice) {
    try {
      draft = JSON.parse(store('sessionStorage')?.getItem(key) ?? 'null') ?? undefined;
    } catch {
      draft = undefined;
    }
  }
  // Written before someone signed out in another tab: not for whoever is here now.
  if (!draft || draft.at < (store('localStorage')?.getItem(SIGNED_OUT_AT) ?? '')) {
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
    store('sessionStorage')?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the words are still on screen, and leaving still asks first.
  }
}

export function removeDraft(key: string): void {
  memory.delete(key);
  store('sessionStorage')?.removeItem(key);
}

/**
 * Removes drafts: all of them on sign-out (and tells other tabs theirs are stale), or those of
 * other accounts when someone signs in on this tab.
 */
export function clearDrafts(keepAccount?: string): void {
  const session = store('sessionStorage');
  const mine =
    keepAccount === undefined ? null : `${PREFIX}${JSON.stringify([keepAccount]).slice(0, -1)},`;
  for (const key of [...memory.keys(), ...Object.keys(session ?? {})]) {
    if (key.startsWith(PREFIX) && !(mine && key.startsWith(mine))) removeDraft(key);
  }
  if (keepAccount === undefined)
    store('localStorage')?.setItem(SIGNED_OUT_AT, new Date().toISOString());
}
