import type { Words } from '../../../translate.ts';

export default {
  'progress.title': 'Jak mi idzie',
  'progress.intro':
    'Moje wyniki w czasie. Przy każdym wykresie jest tabela z tymi samymi liczbami.',
  'progress.areasTitle': 'Moje obszary życia',
  'progress.noRatings': 'Obszary życia nie mają jeszcze ocen. Może warto je ocenić?',
  'progress.radarTitle':
    'Wykres gwiazdowy ocen obszarów życia od 1 do 7. Tabela pod nim podaje te same liczby.',
  'progress.radarHint': 'Im dalej od środka, tym lepiej, od 1 do 7.',
  'progress.radarTable':
    'Oceny obszarów życia, od 1 (nie może być gorzej) do 7 (nie może być lepiej)',
  'progress.compareLabel': 'Porównaj z innym dniem',
  'progress.compareHint': 'Oceny z tamtego dnia pojawią się na wykresie i w tabeli.',
  'progress.compareNone': 'Bez innego dnia',
  'progress.first': 'Pierwsza, {date}',
  'progress.latest': 'Najnowsza, {date}',
  'progress.chosen': 'Wybrana, {date}',
  'progress.rateAgain': 'Oceń jeszcze raz moje obszary życia',
  'progress.lifeArea': 'Obszar życia',
  'progress.notRated': 'Bez oceny',
  'progress.outOf7': '{value} na 7',
  'progress.outOf': '{value} na {max}',
  'progress.scalesTitle': 'Moje oceny samopoczucia',
  'progress.noCheckins': 'Nie ma jeszcze żadnej oceny samopoczucia. Zajmuje to mniej niż minutę.',
  'progress.measuresTitle': 'Moje kwestionariusze',
  'progress.noMeasures': 'Żaden kwestionariusz nie jest jeszcze wypełniony.',
  'progress.latestScore': 'Najnowszy: {value} na {max}, {date}',
  'progress.trendTitle':
    'Wykres liniowy w czasie: {name}, od {min} do {max}. Tabela pod nim podaje każdy wynik.',
  'progress.trendTable': '{name}: każdy wynik z datą',
  'progress.trendTitleProrated':
    'Wykres liniowy w czasie: {name}, od {min} do {max}. Romb oznacza wynik przeliczony. Tabela pod nim podaje każdy wynik.',
  'progress.proratedScore': '{value} (przeliczony: na podstawie {answered} z {items} odpowiedzi)',
  'progress.proratedKey':
    'Romb na wykresie oznacza wynik przeliczony: niektóre pytania zostały pominięte, więc suma została obliczona na podstawie udzielonych odpowiedzi. W tabeli widać, na ile pytań była odpowiedź.',
  'progress.changeUp': 'Wynik wzrósł o {points}. Porównane dni: {from} oraz {to}.',
  'progress.changeDown': 'Wynik spadł o {points}. Porównane dni: {from} oraz {to}.',
  'progress.changeNone': 'Wynik był taki sam w oba dni: {from} oraz {to}.',
  'progress.changeReliable':
    'Ta zmiana jest większa, niż mogłaby być przez przypadek: w tym kwestionariuszu zmiana o {threshold} lub więcej to więcej niż sam przypadek.',
  'progress.changeChance':
    'Tak mała zmiana może być przypadkiem: w tym kwestionariuszu zmiana musi wynosić {threshold} lub więcej, żeby była czymś więcej niż przypadkiem.',
  'progress.changeWhere': 'Skąd się bierze próg {threshold}',
  'progress.date': 'Data',
  'progress.score': 'Wynik',
  'progress.forMeOnly': 'Tylko dla mnie',
  'progress.note': 'Notatka',
  'progress.hasNote': 'Ma notatkę',
  'progress.changeColumn': 'Dodaj lub zmień notatkę',
  'progress.addNote': 'Dodaj notatkę',
  'progress.changeNote': 'Zmień notatkę',
  'progress.forDate': 'z dnia: {date}',
  'progress.noteTitle': 'Skąd taki wynik',
  'progress.noteLabel': 'Notatka (nieobowiązkowe)',
  'progress.scoreLine': '{name}: {value}',
  'progress.scoreLineProrated':
    '{name}: {value} (przeliczony: na podstawie {answered} z {items} odpowiedzi)',
  'progress.back': 'Wróć do „Jak mi idzie”',
  'progress.deleteTitle': 'Usuwanie',
  'progress.deleteCheckin': 'Usuń tę ocenę samopoczucia',
  'progress.deleteCheckin.confirm':
    'Usunąć ocenę samopoczucia z dnia: {when}? Zaraz potem można to cofnąć na stronie „Jak mi idzie”.',
  'progress.deleteCheckin.yes': 'Tak, usuń',
  'progress.checkinDeleted': 'Usunięto ocenę samopoczucia z dnia: {when}.',
  'progress.checkinRestored': 'Ocena samopoczucia z dnia {when} jest z powrotem.',
  'progress.deletedTitle': 'Niedawno usunięte oceny samopoczucia',
  'progress.deletedIntro':
    'Oceny samopoczucia usunięte w ciągu ostatnich 30 dni. Można je przywrócić.',
  'progress.checkinFrom': 'Ocena samopoczucia z dnia: {when}',
  'progress.undeleteCheckin': 'Przywróć ocenę samopoczucia z dnia: {when}',
  'progress.checkinChangedElsewhere':
    'Ta ocena samopoczucia zmieniła się w innym miejscu, więc nie została usunięta. Teraz widać najnowszą wersję.',
  'progress.yes': 'Tak',
  'progress.no': 'Nie',
  'progress.points': '{n, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}}',
} satisfies Words;
