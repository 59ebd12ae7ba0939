import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'Os oes angen help arnoch chi nawr',
  'crisis.danger':
    'Os ydych chi mewn perygl nawr, ffoniwch {number} neu ewch i’r Adran Achosion Brys (A&E).',
  'crisis.call': 'Ffoniwch {name} ar {number}',
  'crisis.text': 'Anfonwch neges destun {word} i {number}',
} satisfies Words;
