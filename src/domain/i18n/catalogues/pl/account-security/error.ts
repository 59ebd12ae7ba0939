import type { Words } from '../../../translate.ts';

export default {
  'error.WM_AUTH_WRONG_PASSWORD':
    'To nie jest obecne hasło. Proszę je sprawdzić i spróbować jeszcze raz.',
} satisfies Words;
