import type { Words } from '../../../translate.ts';

export default {
  'history.title': '{name} کے پچھلے ورژن',
  'history.intro':
    'ہر تبدیلی سنبھال کر رکھی جاتی ہے۔ آپ کوئی پچھلا ورژن واپس لا سکتے ہیں: وہ ایک نئے ورژن کے طور پر محفوظ ہوتا ہے، اس لیے کچھ بھی ضائع نہیں ہوتا۔',
  'history.version': 'ورژن {version}',
  'history.when': '{when} کو محفوظ کیا گیا',
  'history.by': 'لکھنے والے: {author}',
  'history.agreedBy': 'منظور کرنے والے: {author}',
  'history.you': 'آپ',
  'history.restore': 'ورژن {version} واپس لائیں',
  'history.restored': 'ورژن {version} واپس آ گیا ہے۔ اسے ایک نئے ورژن کے طور پر محفوظ کیا گیا۔',
  'history.current': 'یہ موجودہ ورژن ہے',
  'history.action.create': 'بنایا گیا',
  'history.action.update': 'بدلا گیا',
  'history.action.delete': 'مٹایا گیا',
  'history.action.restore': 'واپس لایا گیا',
  'history.empty': 'ابھی کچھ بھی محفوظ نہیں کیا گیا۔',
  'history.goalName': '”{title}“',
  'history.showWords': 'ورژن {version} میں کیا لکھا تھا',
  'history.someoneElse': 'کوئی اور',
  'history.role.person': 'خود وہ شخص',
  'history.role.supporter': 'ایک مددگار',
  'history.role.practitioner': 'ایک پیشہ ور کارکن',
  'history.role.service_admin': 'ایک سروس ایڈمن',
  'history.changed':
    'یہ کسی اور جگہ بدل گیا ہے، اس لیے فہرست تازہ کر دی گئی ہے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔',
  'history.back': '{name} پر واپس جائیں',
} satisfies Words;
