import type { Words } from '../../../translate.ts';

export default {
  'views.title': 'Różne zdania obok siebie',
  'views.intro.own':
    'Osoby z dostępem „proponowanie zmian” mogą dodać swoje zdanie obok moich słów. Nigdy ich nie zmieniają. Mogę odpowiedzieć.',
  'views.intro.other':
    'Moje zdanie jest pokazywane obok słów osoby {name}, nigdy zamiast nich. {name} może odpowiedzieć.',
  'views.none': 'Nikt nie dodał jeszcze swojego zdania.',
  'views.nothingYet': 'Nic tu jeszcze nie napisano, więc nie ma do czego dodać zdania.',
  'views.yourWords': 'Moje słowa',
  'views.theirWords': 'Słowa osoby {name}',
  'views.wordsEmpty': 'Nic tu nie napisano.',
  'views.yourView': 'Moje zdanie',
  'views.theirView': 'Zdanie osoby {name}',
  'views.yourReply': 'Moja odpowiedź',
  'views.theirReply': 'Odpowiedź osoby {name}',
  'views.when': 'Dodano: {when}',
  'views.olderVersion': 'Dodane, kiedy plan brzmiał inaczej (wcześniejsza wersja).',
  'views.whole': 'Całość',
  'views.add': 'Dodaj moje zdanie',
  'views.part': 'Której części dotyczy moje zdanie?',
  'views.text': 'Moje zdanie',
  'views.text.hint':
    'Jak to widzę. Najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'views.added': 'Moje zdanie zostało dodane obok słów osoby {name}.',
  'views.reply': 'Odpowiedz',
  'views.replyTo': 'Odpowiedź dla osoby {name}',
  'views.sendReply': 'Wyślij odpowiedź',
  'views.replied': 'Odpowiedź została dodana.',
  'views.takeBack': 'Wycofaj moje zdanie',
  'views.takenBack': 'Moje zdanie zostało wycofane. Teraz nikt go nie widzi.',
  'views.ratingsOn': 'Oceny z dnia: {date}',
  'views.rated': 'Ocena: {score} na 7',
} satisfies Words;
