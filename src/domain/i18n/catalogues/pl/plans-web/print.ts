import type { Words } from '../../../translate.ts';

export default {
  'print.button': 'Drukuj lub zapisz jako PDF',
  'print.date': 'Wydrukowano: {date}',
  'print.name': 'Imię: {name}',
} satisfies Words;
