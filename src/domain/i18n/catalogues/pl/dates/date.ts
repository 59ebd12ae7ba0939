import type { Words } from '../../../translate.ts';

export default {
  'date.enter': 'Proszę wpisać datę',
  'date.noDay': 'Data musi zawierać dzień',
  'date.noMonth': 'Data musi zawierać miesiąc',
  'date.noYear': 'Data musi zawierać rok',
  'date.numbers': 'Dzień, miesiąc i rok proszę wpisać samymi cyframi',
  'date.yearDigits': 'Proszę wpisać pełny rok, na przykład 2024',
  'date.monthRange': 'Miesiąc musi być liczbą od 1 do 12',
  'date.dayRange': 'Dzień musi być liczbą od 1 do 31',
  'date.notReal':
    'Ta data nie istnieje: miesiąc {month} {year} ma {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}, a nie {day}',
  'date.format': 'Proszę wpisać prawdziwą datę jako rok, miesiąc i dzień, na przykład 2024-03-28',
} satisfies Words;
