import type { Words } from '../../../translate.ts';

export default {
  'error.WM_AUTH_WRONG_PASSWORD':
    'Dydy hwn ddim yn cyfateb i’ch cyfrinair presennol. Gwiriwch e a rhowch gynnig arall arni.',
} satisfies Words;
