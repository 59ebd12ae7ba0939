import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Ten link nie działa. Mógł zostać już użyty albo jest za stary. Proszę poprosić osoby, które prowadzą Waymark, o nowy.',
  'error.WM_TEAM_NAME_TAKEN': 'Masz już zespół o tej nazwie. Wybierz inną nazwę.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'Ten adres e-mail należy do innego konta Waymark, więc nie można go tu użyć. Poproś tę osobę o inny adres.',
} satisfies Words;
