// Signing out on purpose, from the menu or from the list of signed-in devices in Settings: the
// session ends, then what this device kept goes too. The server also asks the browser to clear
// storage; this makes sure of it. Unsaved words go (lib/draft-store.ts) and the crisis plan's
// device copy: the next person to use this device must not find them.
import '../../domain/i18n/core.messages.ts';
import { t } from '../../domain/i18n/translate.ts';
import { setFlash } from './flash.ts';
import { removeDeviceCopy } from './offline.ts';

/**
 * `endSession` ends the session on the server; then the device is cleared and Sign in opens,
 * saying `message` (by default, that they are signed out).
 */
export async function signOutHere(
  endSession: () => Promise<void>,
  navigate: (to: string) => void,
  message?: string,
): Promise<void> {
  await endSession();
  (await import('./forget-drafts.ts')).forgetDrafts();
  await removeDeviceCopy();
  setFlash({ message: message ?? t('auth.signedOut') });
  navigate('/sign-in');
}
