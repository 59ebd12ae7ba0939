import type { Words } from '../../../translate.ts';

export default {
  'nav.label': 'প্রধান',
  'nav.home': 'হোম',
  'nav.aboutMe': 'আমার সম্পর্কে',
  'nav.goals': 'আমার লক্ষ্য',
  'nav.lifeAreas': 'আমার জীবনের দিকগুলো',
  'nav.menu': 'মেনু',
  'nav.settings': 'সেটিংস',
  'nav.crisisPlan': 'সংকট পরিকল্পনা',
  'nav.plans': 'আমার পরিকল্পনা',
  'nav.supportNetwork': 'আমার সহায়তা নেটওয়ার্ক',
  'nav.signOut': 'সাইন আউট',
  'nav.signIn': 'সাইন ইন',
  'nav.signUp': 'অ্যাকাউন্ট খুলুন',
  'nav.checkIn': 'চেক-ইন',
  'nav.progress': 'আমি কেমন আছি',
  'nav.journal': 'ডায়েরি',
  'nav.questionnaires': 'প্রশ্নমালা',
  'nav.reviews': 'পর্যালোচনা',
  'nav.sharing': 'শেয়ার করা',
} satisfies Words;
