import type { Words } from '../../../translate.ts';

export default {
  'drafts.restored':
    'Tu są niezapisane zmiany z: {when}. Zostają w tej karcie do zapisania, odrzucenia albo wylogowania.',
  'drafts.restoredInMemory':
    'Tu są niezapisane słowa. Zostają tylko do wylogowania, odświeżenia albo zamknięcia tej karty.',
  'drafts.discard': 'Odrzuć te zmiany',
  'drafts.discarded': 'Zmiany zostały odrzucone. Teraz widać to, co jest zapisane.',
  'drafts.leave.title': 'Zmiany nie są zapisane',
  'drafts.leave.kept':
    'Po wyjściu z tej strony zmiany zostają w tej karcie do wylogowania albo jej zamknięcia. Można tu wrócić i je zapisać.',
  'drafts.leave.keptInMemory':
    'Po wyjściu z tej strony słowa zostają tylko do wylogowania, odświeżenia albo zamknięcia tej karty. Nie są zapisywane na tym urządzeniu.',
  'drafts.leave.signOut': 'Po wylogowaniu teraz niezapisane zmiany przepadną.',
  'drafts.leave.stay': 'Zostań na tej stronie',
  'drafts.leave.go': 'Wyjdź na razie',
  'drafts.leave.signOutAnyway': 'Mimo to wyloguj',
} satisfies Words;
