// Asking before a page with unsaved changes is left (decision 0023). While any form on the page
// has changes, a link into another page of the app, or Sign out, first asks in a dialog; a
// reload or closing the tab gets the browser's own question (beforeunload). What was typed is
// kept as a draft either way, so "Leave for now" loses nothing until sign-out.
//
// Never asked: the crisis plan, the safety plan and emergency pages (nothing may stand between a
// person and their plan: the draft is kept all the same), links that come back to this form (`data-keeps-draft`, such as "Add someone to your
// support network" from the crisis plan), links within the page, other sites and phone links,
// and the quick exit.
import '../../domain/i18n/drafts.messages.ts';
import { t } from '../../domain/i18n/translate.ts';
import { isQuickExiting } from './quick-exit.ts';

export type LeaveGuard = { onDevice: boolean };

const unsaved = new Set<LeaveGuard>();
let passing = false;

const isCrisisHelp = (path: string) => path === '/crisis-plan' || path.startsWith('/emergency/');

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (unsaved.size === 0 || isQuickExiting()) return;
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

function onClick(event: MouseEvent): void {
  if (passing || unsaved.size === 0 || event.defaultPrevented) return;
  const target = (event.target as Element | null)?.closest?.('a[href], [data-leaves]');
  if (!target || !leavesPage(event, target)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  ask(target as HTMLElement);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = '') {
  const node = document.createElement(tag);
  node.textContent = text;
  node.className = className;
  return node;
}

/** The question, as a modal dialog: Stay (focused first, and Escape) or go on as asked. */
function ask(from: HTMLElement): void {
  const signingOut = from.getAttribute('data-leaves') === 'sign-out';
  const onDevice = [...unsaved].every((guard) => guard.onDevice);
  const dialog = element('dialog', '', 'dialog');
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
  const go = element(
    'button',
    t(signingOut ? 'drafts.leave.signOutAnyway' : 'drafts.leave.go'),
    'button button--secondary',
  );
  stay.type = go.type = 'button';
  const buttons = element('div', '', 'button-group');
  buttons.append(stay, go);
  dialog.append(title, body, buttons);
  let leaving = false;
  stay.onclick = () => dialog.close();
  go.onclick = () => {
    leaving = true;
    dialog.close();
  };
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (!leaving) return from.focus();
    passing = true;
    try {
      from.click();
    } finally {
      passing = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  stay.focus();
}

/** Marks one form as holding unsaved changes (or not); returns a clean-up for unmounting. */
export function holdUnsaved(guard: LeaveGuard, holding: boolean): () => void {
  const release = () => {
    unsaved.delete(guard);
    if (unsaved.size > 0) return;
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('click', onClick, true);
  };
  if (!holding) {
    release();
    return release;
  }
  if (unsaved.size === 0) {
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
  }
  unsaved.add(guard);
  return release;
}
