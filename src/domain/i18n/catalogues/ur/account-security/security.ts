import type { Words } from '../../../translate.ts';

export default {
  'security.password.title': 'میرا پاس ورڈ بدلیں',
  'security.password.intro':
    'اپنا پاس ورڈ بدلنے پر آپ کے اکاؤنٹ میں سائن اِن باقی ہر ڈیوائس سائن آؤٹ ہو جاتی ہے۔ یہ ڈیوائس سائن اِن ہی رہتی ہے۔',
  'security.password.current': 'موجودہ پاس ورڈ',
  'security.password.new': 'نیا پاس ورڈ',
  'security.password.newHint':
    'کم از کم {min} حروف۔ چند ایسے الفاظ اچھے رہتے ہیں جو آپ کو یاد رہیں۔',
  'security.password.save': 'میرا پاس ورڈ بدلیں',
  'security.password.saved': 'آپ کا پاس ورڈ بدل گیا ہے۔',
  'security.devices.title': 'میں کہاں کہاں سائن اِن ہوں',
  'security.devices.intro':
    'ہر وہ براؤزر جس میں آپ کا اکاؤنٹ سائن اِن ہے۔ اگر کوئی انجان براؤزر نظر آئے تو اسے سائن آؤٹ کریں اور اپنا پاس ورڈ بدل لیں۔',
  'security.devices.thisDevice': 'یہ ڈیوائس',
  'security.devices.otherDevice': '{when} کو سائن اِن ہوا',
  'security.devices.signedIn': 'سائن اِن ہوا: {when}',
  'security.devices.lastSeen': 'آخری بار استعمال ہوا: {when}',
  'security.devices.signOut': 'اس ڈیوائس کو سائن آؤٹ کریں',
  'security.devices.signedOut': 'وہ ڈیوائس سائن آؤٹ ہو گئی ہے۔',
  'security.devices.signOutHere': 'یہاں سائن آؤٹ کریں',
  'security.password.savedElsewhere':
    'آپ کا پاس ورڈ بدل گیا ہے۔ {count, plural, one {# اور ڈیوائس سائن آؤٹ ہو گئی۔} other {# اور ڈیوائسز سائن آؤٹ ہو گئیں۔}}',
} satisfies Words;
