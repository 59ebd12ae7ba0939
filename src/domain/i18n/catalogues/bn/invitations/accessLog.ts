import type { Words } from '../../../translate.ts';

export default {
  'accessLog.sharingLink': 'কে আমার রেকর্ড দেখেছেন',
} satisfies Words;
