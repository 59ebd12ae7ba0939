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
    '{count, plural, one {Nie udało się pokazać # obszaru życia.} few {Nie udało się pokazać # obszarów życia.} many {Nie udało się pokazać # obszarów życia.} other {Nie udało się pokazać # obszaru życia.}}',
  'unreadable.goal':
    '{count, plural, one {Nie udało się pokazać # celu.} few {Nie udało się pokazać # celów.} many {Nie udało się pokazać # celów.} other {Nie udało się pokazać # celu.}}',
  'unreadable.note':
    '{count, plural, one {Nie udało się pokazać # notatki.} few {Nie udało się pokazać # notatek.} many {Nie udało się pokazać # notatek.} other {Nie udało się pokazać # notatki.}}',
  'unreadable.contact':
    '{count, plural, one {Nie udało się pokazać # osoby lub placówki z sieci wsparcia.} few {Nie udało się pokazać # osób lub placówek z sieci wsparcia.} many {Nie udało się pokazać # osób lub placówek z sieci wsparcia.} other {Nie udało się pokazać # osoby lub placówki z sieci wsparcia.}}',
  'unreadable.version':
    '{count, plural, one {Nie udało się pokazać # wersji.} few {Nie udało się pokazać # wersji.} many {Nie udało się pokazać # wersji.} other {Nie udało się pokazać # wersji.}}',
  'unreadable.reason.tooNew':
    '{count, plural, one {Zapisała to nowsza wersja Waymark; nic nie zostało usunięte. Proszę spróbować za kilka minut.} few {Zapisała je nowsza wersja Waymark; nic nie zostało usunięte. Proszę spróbować za kilka minut.} many {Zapisała je nowsza wersja Waymark; nic nie zostało usunięte. Proszę spróbować za kilka minut.} other {Zapisała je nowsza wersja Waymark; nic nie zostało usunięte. Proszę spróbować za kilka minut.}}',
  'unreadable.reason.damaged':
    '{count, plural, one {To, co zapisano, jest uszkodzone; nic nie zostało usunięte.} few {To, co zapisano, jest uszkodzone; nic nie zostało usunięte.} many {To, co zapisano, jest uszkodzone; nic nie zostało usunięte.} other {To, co zapisano, jest uszkodzone; nic nie zostało usunięte.}}',
  'unreadable.reason.either':
    '{count, plural, one {Zapisała to nowsza wersja Waymark albo jest to uszkodzone; nic nie zostało usunięte.} few {Zapisała je nowsza wersja Waymark albo są uszkodzone; nic nie zostało usunięte.} many {Zapisała je nowsza wersja Waymark albo są uszkodzone; nic nie zostało usunięte.} other {Zapisała je nowsza wersja Waymark albo są uszkodzone; nic nie zostało usunięte.}}',
  'unreadable.history':
    '{count, plural, one {Wcześniejsze wersje są w historii.} few {Wcześniejsze wersje są w historii każdej z nich.} many {Wcześniejsze wersje są w historii każdej z nich.} other {Wcześniejsze wersje są w historii każdej z nich.}}',
} satisfies Words;
