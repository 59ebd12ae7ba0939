// Signing out removes every draft (decision 0023): in this tab at once, in other tabs when they
// next read one (lib/draft-store.ts compares with the time set here), and the journal's drafts
// kept in memory. Loaded by the sign-out only, and importing nothing, so it costs the app shell
// nothing but the import.

export function forgetDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage))
      if (key.startsWith('waymark.draft:')) sessionStorage.removeItem(key);
    localStorage.setItem('waymark.signedOutAt', new Date().toISOString());
  } catch {
    // Storage refused: nothing was kept there either.
  }
  window.dispatchEvent(new Event('waymark:signed-out'));
}
