import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Ten link nie działa. Mógł zostać już użyty albo jest za stary. Proszę poprosić osoby, które prowadzą Waymark, o nowy.',
  'error.WM_TEAM_NAME_TAKEN': 'Masz już zespół o tej nazwie. Wybierz inną nazwę.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'Ten adres e-mail należy do innego konta Waymark, więc nie można go tu użyć. Poproś tę osobę o inny adres.',
  'error.WM_MEASURE_FILE_INVALID':
    '{count, plural, one {Ten kwestionariusz ma # problem} few {Ten kwestionariusz ma # problemy} many {Ten kwestionariusz ma # problemów} other {Ten kwestionariusz ma # problemu}}, więc nie został dodany.',
  'error.WM_MEASURE_IN_LIBRARY':
    'Twoja biblioteka ma już „{url}” w wersji {version}. Aby dodać zmienioną kopię, nadaj jej nową wersję.',
  'error.WM_MY_CARE_TOO_MANY':
    'Możesz pytać najwyżej o {max} elementów. Przestań pytać o jeden, zanim dodasz kolejny.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'Ten raport objąłby za mało osób (mniej niż {smallest}). Tak mała grupa mogłaby wskazać jedną osobę, więc raport nie jest pokazywany. Wybierz więcej zespołów albo dłuższy okres.',
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'Raport kończy się, zanim się zaczyna. Wybierz miesiąc końcowy taki sam jak miesiąc początkowy albo późniejszy.',
  'error.WM_REPORT_PERSON_LEVEL':
    'Raporty pokazują tylko grupy osób, nigdy jedną osobę. Poproś o cały zespół albo całą usługę.',
} satisfies Words;
