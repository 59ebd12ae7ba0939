// Asking before a page with unsaved changes is left (decision 0023). Loaded by a form once it
// has changes (lib/form.ts), which hands it what it needs from the app shell (translating, and
// whether a quick exit is under way): importing app shell code from here would make the bundler
// split the shell, which every page pays for. It stays off every page's first load. While any form on the page has changes, a link into another page of the app, or
// Sign out, first asks in a dialog; so do the browser's Back and Forward (and the keys for them):
// the address is put back at once, and leaving goes back again. A reload or closing the tab gets
// the browser's own question (beforeunload). What was typed is kept as a draft either way, so
// "Leave for now" loses nothing until sign-out.
//
// Never asked: the crisis plan, the safety plan and emergency pages (nothing may stand between a
// person and their plan: the draft is kept all the same), links that come back to this form
// (`data-keeps-draft`, such as "Add someone to your support network" from a plan), links within
// the page, other sites and phone links, and the quick exit.
import '../../domain/i18n/drafts.messages.ts';
import type { t as translate } from '../../domain/i18n/translate.ts';
import { setHistoryGate } from './history-gate.ts';

export type LeaveGuard = { onDevice: boolean };
export type ShellTools = {
  t: typeof translate;
  isQuickExiting: () => boolean;
};

const unsaved = new Set<LeaveGuard>();
let passing = false;
let shell: ShellTools;
/** The address of the page with the changes, put back when Back or Forward would leave it. */
let here = '';
/** Set while leaving through history after the person said so: that move is let through. */
let leavingThroughHistory = false;

const isCrisisHelp = (path: string) =>
  path === '/crisis-plan' || path === '/plans/safety' || path.startsWith('/emergency/');

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsaved.size === 0 || shell.isQuickExiting()) return;
  event.preventDefault();
  // Older browsers ask only when this is set.
  event.returnValue = '';
}

/** Whether a click would take the person off this page into another page of the app. */
function leavesPage(event: MouseEvent, target: Element): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return false;
  if (!(target instanceof HTMLAnchorElement)) return true;
  if ((target.target && target.target !== '_self') || target.hasAttribute('download')) return false;
  if (target.hasAttribute('data-keeps-draft')) return false;
  const url = new URL(target.href, window.location.href);
  if (url.origin !== window.location.origin || isCrisisHelp(url.pathname)) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

/**
 * Back or Forward: the browser has already moved the address, but the router has not heard of
 * it (this runs first, through the gate added before the router's listener, and stops the event). The page's address is put back
 * and the question asked; "Leave for now" goes back to where the person was heading.
 */
function onPopState(event: PopStateEvent): void {
  if (leavingThroughHistory) {
    leavingThroughHistory = false;
    return;
  }
  if (unsaved.size === 0 || shell.isQuickExiting()) return;
  const target = window.location.href;
  const url = new URL(target);
  if (target === here || isCrisisHelp(url.pathname)) return;
  event.stopImmediatePropagation();
  window.history.pushState(null, '', here);
  const onDevice = [...unsaved].every((guard) => guard.onDevice);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  ask(
    () => {
      leavingThroughHistory = true;
      window.history.back();
    },
    focused,
    { signingOut: false, onDevice },
  );
}

function onClick(event: MouseEvent): void {
  if (passing || unsaved.size === 0 || event.defaultPrevented) return;
  const from = (event.target as Element | null)?.closest?.('a[href], [data-leaves]');
  if (!(from instanceof HTMLElement) || !leavesPage(event, from)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const signingOut = from.getAttribute('data-leaves') === 'sign-out';
  const onDevice = [...unsaved].every((guard) => guard.onDevice);
  // Leaving repeats the same click, let through this time.
  const leave = () => {
    passing = true;
    try {
      from.click();
    } finally {
      passing = false;
    }
  };
  ask(leave, from, { signingOut, onDevice });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = '') {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  return node;
}

/**
 * The question, as a native modal dialog: "Stay on this page" is focused first and is what
 * Escape does; staying puts the focus back on `returnTo`. `signingOut`: the changes will not be
 * kept; `onDevice`: they are kept in this tab's storage (else in memory only).
 */
function ask(
  onLeave: () => void,
  returnTo: HTMLElement | null,
  { signingOut, onDevice }: { signingOut: boolean; onDevice: boolean },
): void {
  // One question at a time (Back pressed again while it is open is already put back).
  if (document.querySelector('dialog[data-leave-question]')) return;
  const { t } = shell;
  const dialog = element('dialog', '', 'dialog');
  dialog.setAttribute('data-leave-question', '');
  const title = element('h2', t('drafts.leave.title'));
  const body = element(
    'p',
    t(
      signingOut
        ? 'drafts.leave.signOut'
        : onDevice
          ? 'drafts.leave.kept'
          : 'drafts.leave.keptInMemory',
    ),
  );
  title.id = 'leave-title';
  body.id = 'leave-body';
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', body.id);
  const stay = element('button', t('drafts.leave.stay'), 'button');
  const leave = element(
    'button',
    t(signingOut ? 'drafts.leave.signOutAnyway' : 'drafts.leave.go'),
    'button button--secondary',
  );
  stay.type = leave.type = 'button';
  const buttons = element('div', '', 'button-group');
  buttons.append(stay, leave);
  dialog.append(title, body, buttons);
  let leaving = false;
  stay.onclick = () => dialog.close();
  leave.onclick = () => {
    leaving = true;
    dialog.close();
  };
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (leaving) onLeave();
    else returnTo?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  stay.focus();
}

/** Marks one form as holding unsaved changes; returns what says it no longer does. */
export function holdUnsaved(guard: LeaveGuard, tools: ShellTools): () => void {
  shell = tools;
  if (unsaved.size === 0) {
    here = window.location.href;
    leavingThroughHistory = false;
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    setHistoryGate(onPopState);
  }
  unsaved.add(guard);
  return () => {
    unsaved.delete(guard);
    if (unsaved.size > 0) return;
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('click', onClick, true);
    setHistoryGate(null);
  };
}
