// A message carried across one page change, like "You have signed out." or "Goal deleted"
// with an Undo. Read once by the next page, then gone.
import type { ComponentChildren } from 'preact';

export type Flash = {
  /** Words, or words with the person's own in a <bdi> (lib/own-words.tsx). */
  message: ComponentChildren;
  /** Something went wrong: shown as an alert rather than a status. */
  problem?: boolean;
  /** If set, the next page offers Undo; it resolves to the message to show afterwards. */
  undo?: () => Promise<ComponentChildren>;
  /** The undo button's words, when not "Undo". */
  undoLabel?: string;
};

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

export function takeFlash(): Flash | null {
  const flash = pending;
  pending = null;
  return flash;
}

let returnTo: string | null = null;

/** Where a signed-out person was going, so sign-in can take them there. */
export function rememberReturnTo(path: string): void {
  returnTo = path;
}

export function takeReturnTo(): string {
  const path = returnTo ?? '/';
  returnTo = null;
  return path;
}
