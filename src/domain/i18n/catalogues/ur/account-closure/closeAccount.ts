import type { Words } from '../../../translate.ts';

export default {
  'closeAccount.settings.title': 'میرا اکاؤنٹ بند کریں',
  'closeAccount.settings.intro':
    'آپ کسی بھی وقت اپنا اکاؤنٹ بند کر سکتے ہیں۔ ایسا کرنے پر آپ کا ریکارڈ Waymark سے مٹا دیا جاتا ہے۔',
  'closeAccount.settings.link': 'میرا اکاؤنٹ بند کریں',
  'closeAccount.title': 'اپنا اکاؤنٹ بند کریں',
  'closeAccount.intro':
    'اکاؤنٹ بند کرنے سے وہ سب کچھ مٹ جاتا ہے جو آپ Waymark میں رکھتے ہیں۔ اسے واپس نہیں کیا جا سکتا۔',
  'closeAccount.goes.title': 'کیا مٹایا جاتا ہے',
  'closeAccount.goes.record':
    'آپ کا ریکارڈ: میرے بارے میں، زندگی کے شعبے اور اہداف، آپ کے منصوبے، مدد کا حلقہ، چیک اِن، پیمائشیں، ڈائری اور فائلیں، ہر پچھلے ورژن کے ساتھ۔',
  'closeAccount.goes.sharing':
    'جن کے ساتھ آپ شیئر کرتے ہیں ان سب کی رسائی فوراً ختم ہو جاتی ہے۔ آپ کے دعوت نامے اور ہنگامی لنک کام کرنا بند کر دیتے ہیں۔',
  'closeAccount.goes.words':
    'دوسروں کے ریکارڈ میں آپ کے چھوڑے ہوئے تبصرے اور آرا، اور وہ تجاویز جو انہوں نے قبول نہیں کیں۔',
  'closeAccount.goes.signIn': 'آپ کا ای میل پتہ، نام، پاس ورڈ اور دو مرحلوں والا سائن ان۔',
  'closeAccount.stays.title': 'کیا باقی رہتا ہے',
  'closeAccount.stays.id': 'ایک نمبر جو کبھی آپ کے اکاؤنٹ کا نام تھا، اور کچھ نہیں۔',
  'closeAccount.stays.others':
    'جن لوگوں نے آپ کے ساتھ شیئر کیا ان کے ریکارڈ میں، ان کا رسائی لاگ اب بھی بتاتا ہے کہ آپ نے کب دیکھا، اور ان کا ریکارڈ آپ کی وہ تجاویز رکھتا ہے جو انہوں نے قبول کیں۔ وہ ریکارڈ ان کے ہیں۔',
  'closeAccount.stays.backups':
    'Waymark چلانے والے کے بیک اپ میں نقول، جب تک وہ بیک اپ بدل نہ دیے جائیں۔',
  'closeAccount.keep.title': 'پہلے ایک نقل رکھ لیں',
  'closeAccount.keep.body':
    'اکاؤنٹ بند ہونے کے بعد کوئی آپ کا ریکارڈ واپس نہیں لا سکتا۔ جانے سے پہلے اپنے منصوبے پرنٹ کریں یا اپنا ریکارڈ ڈاؤن لوڈ کریں۔',
  'closeAccount.confirm.title': 'ابھی بند کریں',
  'closeAccount.confirm.password': 'آپ کا پاس ورڈ',
  'closeAccount.confirm.understood':
    'میں سمجھتا ہوں کہ میرا ریکارڈ مٹا دیا جائے گا اور واپس نہیں لایا جا سکے گا',
  'closeAccount.understoodRequired': 'یہ بتانے کے لیے خانے پر نشان لگائیں کہ آپ سمجھتے ہیں کہ اسے واپس نہیں کیا جا سکتا',
  'closeAccount.confirm.submit': 'میرا اکاؤنٹ بند کریں اور میرا ریکارڈ مٹا دیں',
  'closeAccount.cancel': 'میرا اکاؤنٹ رکھیں',
  'closeAccount.done': 'آپ کا اکاؤنٹ بند ہو گیا ہے اور آپ کا ریکارڈ مٹا دیا گیا ہے۔',
} satisfies Words;
