import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sharingLink': 'Kto widział mój zapis',
} satisfies Words;
