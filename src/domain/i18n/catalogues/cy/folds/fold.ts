import type { Words } from '../../../translate.ts';

export default {
  'fold.filled': 'Wedi’i llenwi',
  'fold.empty': 'Heb ei llenwi eto',
  'fold.openAll': 'Agor pob rhan',
  'fold.closeAll': 'Cau pob rhan',
} satisfies Words;
