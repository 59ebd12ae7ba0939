import type { Words } from '../../../translate.ts';

export default {
  'validation.required.twoStepCode': 'আপনার অ্যাপ থেকে 6 অঙ্কের কোডটি লিখুন',
  'validation.twoStepCode': 'কোডটি 6টি অঙ্কে লিখুন, যেমন 123456',
  'validation.required.recoveryCode': 'আপনার রিকভারি কোডগুলোর একটি লিখুন',
  'validation.recoveryCode': 'রিকভারি কোডটি যেভাবে সেভ করেছিলেন সেভাবে লিখুন: 4টি অক্ষর ও সংখ্যার 4টি গ্রুপ',
  'validation.required.passkeyName': 'এই পাসকির একটি নাম লিখুন',
} satisfies Words;
