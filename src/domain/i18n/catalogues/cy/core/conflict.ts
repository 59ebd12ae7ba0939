import type { Words } from '../../../translate.ts';

export default {
  'conflict.title': 'Mae hyn wedi newid yn rhywle arall',
  'conflict.body':
    'Mae rhywun (chi efallai, mewn tab neu ddyfais arall) wedi cadw fersiwn fwy newydd tra oeddech chi’n golygu. Does dim byd wedi’i ddisodli. Cymharwch y ddwy a dewiswch beth i’w gadw.',
  'conflict.yours': 'Eich fersiwn chi (heb ei chadw)',
  'conflict.saved': 'Y fersiwn sydd wedi’i chadw (newidiwyd {when})',
  'conflict.keepMine': 'Cadw fy fersiwn i yn lle hynny',
  'conflict.keepSaved': 'Defnyddio’r fersiwn sydd wedi’i chadw',
  'conflict.savedNoDate': 'Y fersiwn sydd wedi’i chadw',
  'conflict.empty': 'Dim byd wedi’i ysgrifennu',
  'conflict.usingSaved': 'Rydych chi nawr yn edrych ar y fersiwn sydd wedi’i chadw.',
} satisfies Words;
