import type { Words } from '../../../translate.ts';

export default {
  'journalWeb.title': 'Dziennik',
  'journalWeb.private':
    'Dziennik jest prywatny. Nikt inny go nie czyta, chyba że jakiś wpis zostanie udostępniony.',
  'journalWeb.write': 'Napisz wpis',
  'journalWeb.entriesTitle': 'Moje wpisy',
  'journalWeb.empty': 'Nie ma jeszcze żadnych wpisów. Można pisać o czymkolwiek.',
  'journalWeb.moodShown': 'Nastrój: {mood} na 7',
  'journalWeb.searchTitle': 'Szukaj w moim dzienniku',
  'journalWeb.searchLabel': 'Słowo lub wyrażenie',
  'journalWeb.searchHint': 'Przeszukiwane są tylko własne wpisy.',
  'journalWeb.search': 'Szukaj',
  'journalWeb.clearSearch': 'Wyczyść wyszukiwanie',
  'journalWeb.found':
    'Znaleziono {count, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}} ze słowami „{q}”.',
  'journalWeb.olderNotSearched':
    'Przeszukano tylko {count, plural, one {# najnowszy wpis} few {# najnowsze wpisy} many {# najnowszych wpisów} other {# najnowszego wpisu}}.',
  'journalWeb.unreadableNotSearched':
    '{count, plural, one {# wpisu nie da się odczytać kluczami tego serwera, więc nie został przeszukany.} few {# wpisów nie da się odczytać kluczami tego serwera, więc nie zostały przeszukane.} many {# wpisów nie da się odczytać kluczami tego serwera, więc nie zostały przeszukane.} other {# wpisu nie da się odczytać kluczami tego serwera, więc nie został przeszukany.}}',
  'journalWeb.unreadable':
    'Tego wpisu nie da się odczytać kluczami tego serwera. Jest zachowany bez zmian. Proszę powiadomić osoby, które prowadzą Waymark.',
  'journalWeb.newTitle': 'Napisz wpis w dzienniku',
  'journalWeb.changeTitle': 'Zmień wpis w dzienniku',
  'journalWeb.back': 'Wróć do mojego dziennika',
  'journalWeb.date': 'Data',
  'journalWeb.mood': 'Nastrój (nieobowiązkowe)',
  'journalWeb.moodHint': 'Od 1 (bardzo źle) do 7 (bardzo dobrze).',
  'journalWeb.moodNone': 'Bez nastroju',
  'journalWeb.moodLow': '{mood} – bardzo źle',
  'journalWeb.moodHigh': '{mood} – bardzo dobrze',
  'journalWeb.text': 'Co chcę napisać',
  'journalWeb.save': 'Zapisz wpis',
  'journalWeb.savedNew': 'Wpis zapisany.',
  'journalWeb.writtenOn': 'Pierwszy raz napisany: {date}.',
  'journalWeb.manageTitle': 'Usuwanie',
  'journalWeb.delete': 'Usuń ten wpis',
  'journalWeb.delete.confirm':
    'Usunąć wpis z dnia: {date}? Zaraz potem można to cofnąć na stronie dziennika.',
  'journalWeb.delete.yes': 'Tak, usuń',
  'journalWeb.deleted': 'Usunięto wpis z dnia: {date}.',
  'journalWeb.restored': 'Wpis z dnia {date} jest z powrotem.',
  'journalWeb.deletedTitle': 'Niedawno usunięte wpisy',
  'journalWeb.deletedIntro': 'Wpisy usunięte w ciągu ostatnich 30 dni. Można je przywrócić.',
  'journalWeb.entryFrom': 'Wpis z dnia: {date}',
  'journalWeb.undelete': 'Przywróć wpis z dnia: {date}',
  'journalWeb.changedElsewhere':
    'Ten wpis zmienił się w innym miejscu, więc nie został usunięty. Teraz widać najnowszą wersję.',
} satisfies Words;
