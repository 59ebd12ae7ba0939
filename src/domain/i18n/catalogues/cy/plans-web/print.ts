import type { Words } from '../../../translate.ts';

export default {
  'print.button': 'Argraffu neu gadw fel PDF',
  'print.date': 'Argraffwyd ar {date}',
  'print.name': 'Enw: {name}',
} satisfies Words;
