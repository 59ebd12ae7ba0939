import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sharingLink': 'Pwy sydd wedi gweld fy nghofnod',
} satisfies Words;
