import type { Words } from '../../../translate.ts';

export default {
  'error.WM_IMPORT_INVALID': 'আমরা এই রেকর্ডটি আনতে পারিনি। {problem} কিছুই সংরক্ষণ করা হয়নি।',
  'error.WM_IMPORT_RECORD_NOT_EMPTY':
    'এখানে আপনার রেকর্ডে আগে থেকেই কিছু আছে, তাই আমরা এতে অন্য রেকর্ড আনতে পারি না। আপনি শুধু খালি রেকর্ডেই রেকর্ড আনতে পারেন, সাইন আপ করার ঠিক পরে।',
} satisfies Words;
