import type { Words } from '../../../translate.ts';

export default {
  'auth.signUp.title': 'আপনার Waymark অ্যাকাউন্ট খুলুন',
  'auth.signUp.intro':
    'Waymark আপনার সুস্থ হয়ে ওঠার নিজস্ব রেকর্ড। এতে কী থাকবে আর কে তা দেখবেন, তা আপনিই ঠিক করেন।',
  'auth.signUp.submit': 'অ্যাকাউন্ট খুলুন',
  'auth.signUp.haveAccount': 'আগে থেকেই অ্যাকাউন্ট আছে?',
  'auth.signIn.title': 'Waymark-এ সাইন ইন করুন',
  'auth.signIn.submit': 'সাইন ইন করুন',
  'auth.signIn.forgot': 'পাসওয়ার্ড ভুলে গেছেন?',
  'auth.signIn.noAccount': 'Waymark-এ নতুন?',
  'auth.signedOut': 'আপনি সাইন আউট করেছেন।',
  'auth.signOutFailed': 'আমরা আপনাকে সাইন আউট করতে পারিনি। আপনার সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।',
} satisfies Words;
