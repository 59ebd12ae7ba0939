import type { Words } from '../../../translate.ts';

export default {
  'comments.title': 'Słowa wsparcia',
  'comments.intro.own':
    'Co napisały osoby, którym udostępniono cele. Tylko ja mogę ukryć komentarz.',
  'comments.intro.other': 'Krótkie słowa wsparcia dla osoby {name}. Nie zmieniają one jej celu.',
  'comments.none': 'Nie ma jeszcze komentarzy.',
  'comments.by': '{name}, {when}',
  'comments.byYou': 'Ja, {when}',
  'comments.aboutStep': 'O kroku „{step}”',
  'comments.hide': 'Ukryj ten komentarz',
  'comments.show': 'Pokaż go znowu',
  'comments.hidden': 'Ukryto komentarz od osoby {name}.',
  'comments.hiddenNote': 'Ukryte komentarze są ukryte tylko dla mnie. {name} nadal je widzi.',
  'comments.delete': 'Usuń mój komentarz',
  'comments.deleted': 'Komentarz został usunięty.',
  'comments.sent': 'Komentarz został wysłany.',
  'comments.text': 'Komentarz albo słowa wsparcia',
  'comments.text.hint':
    'Na przykład „Brawo za sobotę”. Najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
  'comments.about': 'Czego to dotyczy?',
  'comments.about.goal': 'Całego celu',
  'comments.about.step': 'Krok: {step}',
  'comments.send': 'Wyślij komentarz',
  'comments.someone': 'Ktoś',
} satisfies Words;
