import type { Words } from '../../../translate.ts';

export default {
  'preview.title': 'Co widzi {name}',
  'preview.banner': 'Tak to widzi {name}. Tylko do odczytu.',
  'preview.nothing': '{name} nie widzi teraz niczego z tego zapisu.',
  'preview.paused':
    'Udostępnianie jest wstrzymane, więc {name} nic nie widzi, dopóki nie zostanie wznowione.',
  'preview.sections': '{name} widzi: {sections}',
  'preview.entries':
    '{count, plural, one {# udostępniony wpis w dzienniku} few {# udostępnione wpisy w dzienniku} many {# udostępnionych wpisów w dzienniku} other {# udostępnionego wpisu w dzienniku}}',
  'preview.withheldHeading': 'Zawsze pominięte',
  'preview.back': 'Wróć do udostępniania',
} satisfies Words;
