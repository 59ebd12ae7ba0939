import type { Words } from '../../../translate.ts';

export default {
  'demo.banner': 'نمونے کے اکاؤنٹ (فرضی لوگ):',
} satisfies Words;
