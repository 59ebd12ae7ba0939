import type { Words } from '../../../translate.ts';

export default {
  'library.title': 'Kwestionariusze',
  'library.intro':
    'To kwestionariusze, które Twoja placówka może proponować osobom, którym pomaga. Wyłącz te, których nie używasz.',
  'library.listTitle': 'Twoja biblioteka',
  'library.none': 'W Twojej bibliotece nie ma jeszcze kwestionariuszy.',
  'library.source.built-in': 'Dostarczony z Waymark',
  'library.source.imported': 'Dodany przez osobę, która prowadzi Waymark',
  'library.source.uploaded': 'Dodany przez Twoją placówkę',
  'library.questionCount':
    '{count, plural, one {# pytanie} few {# pytania} many {# pytań} other {# pytania}}',
  'library.needsWording': 'Trzeba jeszcze dodać jego treść, zanim ktoś będzie mógł go wypełnić.',
  'library.offer': 'Proponuj {title} osobom, którym pomagamy',
  'library.nowOffered': '{title} jest proponowany osobom, którym pomagasz.',
  'library.notOffered': '{title} nie jest już proponowany.',
  'library.upload.title': 'Dodaj kwestionariusz',
  'library.upload.intro':
    'Wybierz kwestionariusz FHIR zapisany jako plik JSON albo wklej go poniżej. Sprawdzimy go i pokażemy, jak wygląda. Nic nie zostanie dodane, dopóki tego nie potwierdzisz.',
  'library.upload.file': 'Plik kwestionariusza',
  'library.upload.fileHint': 'Plik JSON do {max} KB.',
  'library.upload.paste': 'Albo wklej kwestionariusz',
  'library.upload.check': 'Sprawdź kwestionariusz',
  'library.problems.title': 'Nie możemy dodać tego kwestionariusza',
  'library.problems.intro': 'Popraw te problemy, a potem sprawdź go ponownie:',
  'library.problem.notJson':
    'To nie jest JSON, który umiemy odczytać. Sprawdź, czy skopiowano cały plik.',
  'library.problem.tooBig': 'Ten plik jest za duży. Może mieć najwyżej {max} KB.',
  'library.problem.tooManyItems':
    'kwestionariusz ma {count} pytań i grup; przyjmujemy najwyżej {max}',
  'library.problem.needsWording':
    'kwestionariusz: niektóre pytania lub odpowiedzi nie mają treści, więc nikt nie mógłby go wypełnić',
  'library.problem.libraryFull':
    'Twoja biblioteka ma już {max} własnych kwestionariuszy, czyli najwięcej, ile może pomieścić',
  'library.ready': 'Ten kwestionariusz przeszedł wszystkie sprawdzenia',
  'library.preview.title': 'Co to jest',
  'library.preview.name': 'Nazwa',
  'library.preview.version': 'Wersja',
  'library.preview.questions': 'Pytania',
  'library.preview.scores': 'Wyniki',
  'library.preview.noScore': 'Nie daje wyniku.',
  'library.preview.scoreSum':
    '{label}: suma punktów z {count, plural, one {# odpowiedzi} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}}',
  'library.preview.scoreMean':
    '{label}: średnia punktów z {count, plural, one {# odpowiedzi} few {# odpowiedzi} many {# odpowiedzi} other {# odpowiedzi}}',
  'library.preview.reliableChange': 'Zmiana o {points} lub więcej to prawdziwa zmiana.',
  'library.preview.lowerBetter': 'Niższy wynik jest lepszy, więc liczy się w Wynikach usługi.',
  'library.preview.higherBetter': 'Wyższy wynik jest lepszy, więc liczy się w Wynikach usługi.',
  'library.preview.notInReports':
    'Nie mówi, który kierunek jest lepszy, więc nie liczy się w Wynikach usługi.',
  'library.preview.risk':
    '{count, plural, one {# reguła mówi} few {# reguły mówią} many {# reguł mówi} other {# reguły mówią}} pracownikom, kiedy odpowiedzi mogą wskazywać na ryzyko.',
  'library.preview.asPeopleSeeIt': 'Jak zobaczą go ludzie',
  'library.add': 'Dodaj do naszej biblioteki',
  'library.added': '{title} jest teraz w Twojej bibliotece.',
} satisfies Words;
