// Runs in every web test file. Preact runs effects after the next paint, with a 35 ms timer as
// a fallback that then calls cancelAnimationFrame. If a file ends within those 35 ms, jsdom is
// torn down first and the timer throws "cancelAnimationFrame is not defined" outside any test,
// which fails the whole run although every test passed. Waiting a little longer at the end of
// each file lets those timers run while the page still exists.
import { afterAll, afterEach } from 'vitest';
// Pages need the core words, which the app loads before its first render (main.tsx).
import '../../domain/i18n/core.messages.ts';

const PREACT_AFTER_PAINT_FALLBACK_MS = 35;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(async () => {
  await pause(PREACT_AFTER_PAINT_FALLBACK_MS * 3);
  // The fallback then queues the effects with setTimeout(0): let that run too.
  await pause(0);
});

// jsdom has no <dialog> methods yet; these follow the browser's: open, and close with its event.
// The leave question (lib/leave-guard.ts) is a native modal dialog.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Drafts are kept per tab (and the journal's in memory); each test starts with none.
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.dispatchEvent(new Event('waymark:signed-out'));
});
