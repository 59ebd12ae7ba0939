import type { Words } from '../../../translate.ts';

export default {
  'notifications.kind.suggestion_made': '{name} نے آپ کے ریکارڈ میں ایک تبدیلی کی تجویز دی',
  'notifications.kind.suggestion_decided': '{name} نے آپ کی تجویز پر فیصلہ کر لیا',
  'notifications.kind.invitation_accepted': '{name} نے آپ کی دعوت قبول کر لی',
  'notifications.kind.early_warning': '{name} کی خواہش ہے کہ آپ ان کا حال احوال پوچھ لیں',
  'notifications.email.subject': 'Waymark: {what}',
  'notifications.email.body':
    '{what}۔\n\nمزید دیکھنے کے لیے Waymark کھولیں: {link}\n\nآپ کو کون سی ای میلز ملیں، یہ آپ Waymark میں ”ترتیبات“ کے اندر چن سکتے ہیں۔',
  'notifications.setting.suggestion_made': 'کوئی آپ کے ریکارڈ میں تبدیلی کی تجویز دے',
  'notifications.setting.suggestion_decided': 'کوئی آپ کی دی ہوئی تجویز پر فیصلہ کرے',
  'notifications.setting.invitation_accepted': 'کوئی آپ کی دعوت قبول کرے',
  'notifications.setting.early_warning':
    'جس شخص کا آپ سہارا ہیں، اس کی خواہش ہو کہ آپ اس کا حال احوال پوچھ لیں',
  'notifications.title': 'اطلاعات',
  'notifications.unread': '{count} نئی',
  'notifications.empty': 'آپ کے لیے کوئی اطلاع نہیں ہے۔',
  'notifications.loadFailed': 'آپ کی اطلاعات لوڈ نہیں ہو سکیں۔ دوبارہ کوشش کریں۔',
  'notifications.markRead': 'پڑھی ہوئی کے طور پر نشان لگائیں',
  'notifications.markAllRead': 'سب کو پڑھا ہوا نشان لگائیں',
  'notifications.new': 'نئی',
  'notifications.open': 'کھولیں',
  'notifications.settings.title': 'اطلاعات',
  'notifications.settings.intro':
    'چنیں کہ آپ کو کن باتوں کی اطلاع دی جائے۔ اطلاعات اور ای میلز میں صرف یہ بتایا جاتا ہے کہ کس نے کچھ کیا۔ ان میں کبھی یہ نہیں بتایا جاتا کہ کسی کے ریکارڈ میں کیا لکھا ہے۔',
  'notifications.settings.inApp': 'Waymark میں',
  'notifications.settings.email': 'ای میل کے ذریعے',
  'notifications.settings.save': 'اطلاعات کے انتخاب محفوظ کریں',
  'notifications.settings.saved': 'اطلاعات کے بارے میں آپ کے انتخاب محفوظ ہو گئے ہیں۔',
  'notifications.settings.saveFailed': 'آپ کے انتخاب محفوظ نہیں ہو سکے۔ دوبارہ کوشش کریں۔',
} satisfies Words;
