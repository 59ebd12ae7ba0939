import type { Words } from '../../../translate.ts';

export default {
  'error.WM_ACCOUNT_CLOSE_STAFF':
    'Konta pracownika nie można tu zamknąć. Poproś administratora swojej usługi o jego wyłączenie.',
} satisfies Words;
