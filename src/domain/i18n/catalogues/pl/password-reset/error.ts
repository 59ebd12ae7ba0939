import type { Words } from '../../../translate.ts';

export default {
  'error.WM_RESET_LINK_INVALID':
    'Ten link nie działa. Mógł już zostać użyty albo jest starszy niż godzina. Poproś o nowy.',
} satisfies Words;
