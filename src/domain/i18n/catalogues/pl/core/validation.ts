import type { Words } from '../../../translate.ts';

export default {
  'validation.required.journalEntry': 'Proszę wpisać, co chcesz zapisać',
  'validation.required.searchWords': 'Proszę wpisać słowo lub wyrażenie do wyszukania',
  'validation.required.currentPassword': 'Proszę wpisać obecne hasło',
  'validation.required.email': 'Proszę wpisać swój adres e-mail',
  'validation.required.yourName': 'Proszę wpisać swoje imię',
  'validation.required.password': 'Proszę wpisać hasło',
  'validation.required.scaleName': 'Proszę wpisać nazwę skali',
  'validation.required.lifeAreaName': 'Proszę wpisać nazwę obszaru życia',
  'validation.required.step': 'Proszę wpisać krok',
  'validation.required.goal': 'Proszę wpisać, do czego chcesz dążyć',
  'validation.required.whatHappened': 'Proszę wpisać, co się wydarzyło',
  'validation.required.name': 'Proszę wpisać imię lub nazwę',
  'validation.requiredGeneric': 'To pole nie może być puste',
  'validation.tooLong':
    'Można wpisać najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}',
  'validation.tooShort':
    '{min, plural, one {Potrzebny jest co najmniej # znak} few {Potrzebne są co najmniej # znaki} many {Potrzebnych jest co najmniej # znaków} other {Potrzebne jest co najmniej # znaku}}',
  'validation.tooMany':
    'Można mieć najwyżej {max, plural, one {# taką pozycję} few {# takie pozycje} many {# takich pozycji} other {# takiej pozycji}}',
  'validation.wrongType': 'To nie jest właściwy rodzaj wartości',
  'validation.unknownField': 'To pole jest niedozwolone: {keys}',
  'validation.email':
    'Proszę wpisać adres e-mail we właściwej postaci, na przykład name@example.com',
  'validation.date': 'Proszę wpisać prawdziwą datę, na przykład 2024-03-28',
  'validation.choice': 'Proszę wybrać jedną z możliwości',
  'validation.id': 'To nie jest prawidłowe odwołanie',
  'validation.invalid': 'Ta wartość jest nieprawidłowa',
  'validation.unstorableText':
    'Tu jest ukryty albo uszkodzony znak, którego nie da się zapisać. Proszę go usunąć i spróbować jeszcze raz.',
  'validation.dateTime':
    'Proszę wpisać datę i godzinę ze strefą czasową, na przykład 2026-11-25T10:00:00Z',
  'validation.dateOrTime':
    'Proszę wpisać prawdziwą datę, na przykład 2024-03-28, albo datę z godziną',
  'validation.tooEarly': 'Proszę wpisać datę od 1 stycznia 2000 roku',
  'validation.future': 'To nie może być w przyszłości',
  'validation.rangeOrder': 'Początek nie może być po końcu',
  'validation.periodOrDates': 'Proszę wybrać okres albo daty, nie jedno i drugie',
  'validation.plausibleToday': 'Proszę wpisać dzisiejszą datę',
  'validation.score': 'Proszę wpisać liczbę całkowitą od {min} do {max}',
  'validation.scaleId':
    'Proszę wybrać jedną ze skal albo nadać własnej skali identyfikator zaczynający się od own-',
  'validation.unknownScale': 'To nie jest żadna z moich skal oceny samopoczucia',
  'validation.builtInScaleName': 'Wbudowane skale mają stałe nazwy',
  'validation.rangeLocked':
    'Ta skala ma już wyniki, więc jej zakresu nie można zmienić. Zamiast tego można dodać nową skalę.',
  'validation.scaleHasScores':
    'Skali z wynikami nie można usunąć. Można za to przestać jej używać.',
  'validation.tooManyOwnScales':
    'Naraz można używać najwyżej {max, plural, one {# własnej skali} few {# własnych skal} many {# własnych skal} other {# własnej skali}}',
  'validation.duplicate': 'To się powtarza',
  'validation.nothingToSave':
    'Proszę podać co najmniej jeden wynik albo zaznaczyć, które sygnały ostrzegawcze się pojawiają',
  'validation.unknownPrompt': 'To nie jest żadne z moich pytań o sygnały ostrzegawcze',
  'validation.notInPlan':
    'To nie jest wczesny sygnał ostrzegawczy z mojego planu dobrego samopoczucia',
  'validation.ownLifeArea': 'Proszę wybrać jeden z moich obszarów życia',
  'validation.rateOne': 'Proszę ocenić co najmniej jeden obszar życia',
  'validation.measureUnknown': 'Proszę wybrać kwestionariusz z listy',
  'validation.measureRetired': 'Ten kwestionariusz nie jest już używany. Proszę wybrać inny.',
  'validation.measureFinished': 'Proszę dokończyć kwestionariusz przed zapisaniem',
  'validation.notInFuture': 'To nie może być w przyszłości',
  'validation.ownGoal': 'Proszę wybrać jeden z moich celów',
  'validation.goalTwice': 'Każdy cel można ocenić tylko raz',
  'validation.goalRating': 'Proszę wybrać liczbę całkowitą od 0 do 10',
  'validation.changeSomething': 'Proszę zmienić notatkę albo ustawienie „tylko dla mnie”',
  'validation.phone':
    'Proszę wpisać numer telefonu. Można używać tylko cyfr, spacji, nawiasów, + i -',
  'validation.ownContact': 'Proszę wybrać kogoś z mojej sieci wsparcia',
  'validation.ownDocument': 'Proszę wybrać przesłany wcześniej dokument',
  'validation.expiry': 'Proszę wybrać czas ważności od 1 godziny do 30 dni',
  'validation.language': 'Proszę wybrać jeden z języków z listy',
} satisfies Words;
