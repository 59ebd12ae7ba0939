import type { Words } from '../../../translate.ts';

export default {
  'nav.label': 'مرکزی',
  'nav.home': 'ہوم',
  'nav.aboutMe': 'میرے بارے میں',
  'nav.goals': 'میرے مقاصد',
  'nav.lifeAreas': 'میری زندگی کے حصے',
  'nav.menu': 'مینو',
  'nav.settings': 'ترتیبات',
  'nav.crisisPlan': 'بحران کا منصوبہ',
  'nav.plans': 'میرے منصوبے',
  'nav.supportNetwork': 'میرا مدد کا حلقہ',
  'nav.signOut': 'سائن آؤٹ کریں',
  'nav.signIn': 'سائن اِن کریں',
  'nav.signUp': 'اکاؤنٹ بنائیں',
  'nav.checkIn': 'چیک اِن',
  'nav.progress': 'میرا حال کیسا ہے',
  'nav.journal': 'ڈائری',
  'nav.questionnaires': 'سوال نامے',
  'nav.reviews': 'جائزے',
  'nav.sharing': 'شیئر کرنا',
} satisfies Words;
