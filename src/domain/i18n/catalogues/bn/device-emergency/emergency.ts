import type { Words } from '../../../translate.ts';

export default {
  'emergency.title': '{name}-এর সংকট পরিকল্পনা',
  'emergency.intro':
    '{name} একটি জরুরি লিংকের মাধ্যমে তাঁর সংকট পরিকল্পনা আপনার সাথে শেয়ার করেছেন। তিনি সংকটে পড়লে কী করা হোক বলে তিনি চান, তা এতে বলা আছে।',
  'emergency.updated': 'শেষ বদল {when}।',
  'emergency.notWritten': 'এই পরিকল্পনায় এখনো কিছু লেখা হয়নি।',
  'emergency.until': 'এই লিংকটি {when} পর্যন্ত কাজ করবে।',
  'emergency.gone.title': 'এই লিংকের মেয়াদ শেষ হয়ে গেছে বা এটি বন্ধ করা হয়েছে',
  'emergency.gone.body': 'যিনি এটি শেয়ার করেছেন, আপনার এখনো দরকার হলে তিনি একটি নতুন লিংক বানাতে পারেন।',
  'emergency.failed.title': 'এই সংকট পরিকল্পনাটি লোড করা যায়নি',
} satisfies Words;
