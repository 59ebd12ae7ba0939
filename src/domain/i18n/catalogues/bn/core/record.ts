import type { Words } from '../../../translate.ts';

export default {
  'record.save': 'সেভ করুন',
  'record.saving': 'সেভ হচ্ছে…',
  'record.savedAt': '{time}-এ সেভ হয়েছে',
  'record.history': 'আগের সংস্করণ দেখুন',
  'record.cancel': 'বাতিল করুন',
  'record.undo': 'আগের মতো করুন',
  'record.deletedWhen': '(মুছে ফেলা হয়েছে {when})',
  'record.deletedLoadFailed':
    'দুঃখিত, আপনি সম্প্রতি যা মুছে ফেলেছেন তা আমরা লোড করতে পারিনি। আপনার সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।',
} satisfies Words;
