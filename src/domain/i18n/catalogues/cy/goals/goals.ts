import type { Words } from '../../../translate.ts';

export default {
  'goals.title': 'Fy nodau',
  'goals.intro':
    'Nodau yn eich geiriau eich hun, wedi’u grwpio yn ôl y rhannau o fywyd maen nhw’n perthyn iddyn nhw.',
  'goals.add': 'Ychwanegu nod',
  'goals.none':
    'Dydych chi ddim wedi ychwanegu unrhyw nodau eto. Beth hoffech chi weithio tuag ato?',
  'goals.noArea': 'Heb ei gysylltu â maes bywyd',
  'goals.manageAreas': 'Newid fy meysydd bywyd',
  'goals.deletedTitle': 'Nodau a ddilëwyd yn ddiweddar',
  'goals.deletedIntro': 'Gallwch chi ddod â’r rhain yn ôl.',
  'goals.undelete': 'Dod â “{title}” yn ôl',
  'goals.deleted': 'Mae’r nod “{title}” wedi’i ddileu.',
  'goals.undo': 'Dadwneud',
  'goals.restored': 'Mae’r nod “{title}” yn ôl.',
  'goals.stepsDone': '{done} o {total} cam wedi’u gwneud',
} satisfies Words;
