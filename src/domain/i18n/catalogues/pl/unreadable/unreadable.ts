import type { Words } from '../../../translate.ts';

export default {
  'unreadable.versionsStillHere': 'Każdą wersję pokazaną niżej nadal można przywrócić.',
  'unreadable.historyOf.lifeArea': 'Wcześniejsze wersje obszaru życia ostatnio zapisanego: {when}',
  'unreadable.historyOf.goal': 'Wcześniejsze wersje celu ostatnio zapisanego: {when}',
  'unreadable.historyOf.note': 'Wcześniejsze wersje notatki ostatnio zapisanej: {when}',
  'unreadable.historyOf.contact': 'Wcześniejsze wersje kontaktu ostatnio zapisanego: {when}',
  'unreadable.versionSaved': 'Wersja {version}, zapisana: {when}',
  'unreadable.openHistory': 'Zobacz wcześniejsze wersje',
  'unreadable.planCard': 'Tego planu nie da się teraz pokazać. Nic nie zostało usunięte.',
  'unreadable.lifeArea':
    'Nie udało się pokazać {count, plural, one {# obszaru} few {# obszarów} many {# obszarów} other {# obszaru}} życia.',
  'unreadable.goal':
    'Nie udało się pokazać {count, plural, one {# celu} few {# celów} many {# celów} other {# celu}}.',
  'unreadable.note':
    'Nie udało się pokazać {count, plural, one {# notatki} few {# notatek} many {# notatek} other {# notatki}}.',
  'unreadable.contact':
    'Nie udało się pokazać {count, plural, one {# osoby lub placówki} few {# osób lub placówek} many {# osób lub placówek} other {# osoby lub placówki}} z sieci wsparcia.',
  'unreadable.version':
    'Nie udało się pokazać {count, plural, one {# wersji} few {# wersji} many {# wersji} other {# wersji}}.',
  'unreadable.reason.tooNew':
    '{count, plural, one {Zapisała to} few {Zapisała je} many {Zapisała je} other {Zapisała je}} nowsza wersja Waymark; nic nie zostało usunięte. Proszę spróbować za kilka minut.',
  'unreadable.reason.damaged':
    '{count, plural, one {Zapis jest uszkodzony} few {Zapisy są uszkodzone} many {Zapisy są uszkodzone} other {Zapisy są uszkodzone}}; nic nie zostało usunięte.',
  'unreadable.reason.either':
    '{count, plural, one {Zapisała to nowsza wersja Waymark albo zapis jest uszkodzony} few {Zapisała je nowsza wersja Waymark albo są uszkodzone} many {Zapisała je nowsza wersja Waymark albo są uszkodzone} other {Zapisała je nowsza wersja Waymark albo są uszkodzone}}. Nic nie zostało usunięte.',
  'unreadable.history':
    'Wcześniejsze wersje są w {count, plural, one {historii} few {historii każdej z nich} many {historii każdej z nich} other {historii każdej z nich}}.',
} satisfies Words;
