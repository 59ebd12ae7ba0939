import type { Words } from '../../../translate.ts';

export default {
  'language.label': 'ভাষা',
  'language.notSaved':
    'Waymark এখন এখানে এই ভাষা দেখাচ্ছে, কিন্তু আপনার অ্যাকাউন্টে এটি সেভ করতে পারেনি। পরে আবার চেষ্টা করুন।',
} satisfies Words;
