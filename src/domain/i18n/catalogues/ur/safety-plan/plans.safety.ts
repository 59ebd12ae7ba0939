import type { Words } from '../../../translate.ts';

export default {
  'plans.safety.intro':
    'حفاظتی منصوبہ ان لمحوں سے گزرنے میں آپ کی مدد کرتا ہے جب آپ کو لگے کہ شاید آپ خود کو محفوظ نہ رکھ پائیں۔ اسے تب لکھیں جب آپ کچھ پُرسکون محسوس کریں، اپنے الفاظ میں۔',
  'plans.safety.intro2':
    'اسے ایک وقت میں ایک قدم کر کے بھریں۔ صرف وہی بھرنا ہے جو آپ کی مدد کرے، اور آپ جب چاہیں اسے بدل سکتے ہیں۔',
  'plans.safety.empty':
    'آپ نے ابھی یہ منصوبہ شروع نہیں کیا۔ آپ کسی ایک ایسی چیز سے شروع کر سکتے ہیں جس سے پہلے مدد ملی ہو۔',
  'plans.safety.save': 'حفاظتی منصوبہ محفوظ کریں',
  'plans.safety.warningSigns': 'نشانیاں کہ حالات مشکل ہو رہے ہیں',
  'plans.safety.warningSigns.hint':
    'خیالات، احساسات یا حالات۔ مثال کے طور پر: ”یہ خیال آنے لگنا کہ اگر میں یہاں نہ ہوں تو کسی کو پتا بھی نہیں چلے گا“۔',
  'plans.safety.warningSigns.item': 'نشانی {number}',
  'plans.safety.warningSigns.add': 'ایک نشانی شامل کریں',
  'plans.safety.onMyOwn': 'اکیلے میں کرنے کے کام',
  'plans.safety.onMyOwn.hint':
    'مثال کے طور پر: ”ٹھنڈے پانی سے نہانا“، ”اپنی ’سکون‘ نام کی پلے لسٹ چلانا“، ”فائلی کے ساحل سے لایا ہوا پتھر ہاتھ میں پکڑنا“۔',
  'plans.safety.onMyOwn.item': 'اکیلے میں، نمبر {number}',
  'plans.safety.onMyOwn.add': 'کوئی ایسا کام شامل کریں جو میں کر سکوں',
  'plans.safety.peopleAndPlaces': 'لوگ اور جگہیں جن سے میرا دھیان بٹ جاتا ہے',
  'plans.safety.peopleAndPlaces.hint':
    'مثال کے طور پر: ”لائبریری کا کیفے“، ”نانی کے پاس بیٹھنا جب وہ کوئز شو دیکھ رہی ہوں“۔',
  'plans.safety.peopleAndPlaces.item': 'شخص یا جگہ {number}',
  'plans.safety.peopleAndPlaces.add': 'کوئی شخص یا جگہ شامل کریں',
  'plans.safety.peopleToAsk': 'جن لوگوں سے میں مدد مانگ سکوں',
  'plans.safety.peopleToAsk.hint':
    'اپنے مدد کے حلقے سے چنیں۔ ان کے فون نمبر یہاں دکھائے جاتے ہیں تاکہ آپ انہیں فون کر سکیں۔',
  'plans.safety.peopleToAsk.pick': 'کسی ایسے شخص کو شامل کریں جس سے میں مدد مانگ سکوں',
  'plans.safety.peopleToAsk.add': 'میرے منصوبے میں شامل کریں',
  'plans.safety.professionals': 'پیشہ ور لوگ اور سروسز جن سے میں رابطہ کر سکوں',
  'plans.safety.professionals.hint':
    'مثال کے طور پر: آپ کا GP، آپ کا کیئر کوآرڈینیٹر یا بحران ٹیم۔ پہلے انہیں ان کے فون نمبر کے ساتھ اپنے مدد کے حلقے میں شامل کریں۔',
  'plans.safety.professionals.pick': 'کوئی پیشہ ور یا سروس شامل کریں',
  'plans.safety.professionals.add': 'میرے منصوبے میں شامل کریں',
  'plans.safety.saferSurroundings': 'اپنے آس پاس کو زیادہ محفوظ بنانا',
  'plans.safety.saferSurroundings.hint':
    'وہ کام جو آپ یا دوسرے آپ کے آس پاس کو زیادہ محفوظ بنانے کے لیے کر سکیں۔ مثال کے طور پر: ”سلمان سے کہنا کہ کچھ چیزیں کچھ دن کے لیے اپنے پاس رکھ لے“۔',
  'plans.safety.saferSurroundings.item': 'زیادہ محفوظ، نمبر {number}',
  'plans.safety.saferSurroundings.add': 'کوئی ایسی چیز شامل کریں جو مجھے زیادہ محفوظ رکھے',
  'plans.safety.reasonsForLiving': 'میرے جینے کی وجہیں',
  'plans.safety.reasonsForLiving.hint':
    'وہ لوگ، امیدیں اور چیزیں جو آپ کے لیے اہم ہیں۔ مثال کے طور پر: ”اگلی بہار میں میری بیٹی کی شادی“، ”میری بلی، مانو“۔',
  'plans.safety.reasonsForLiving.item': 'وجہ {number}',
  'plans.safety.reasonsForLiving.add': 'ایک وجہ شامل کریں',
  'plans.safety.photos': 'میرے جینے کی وجہوں کی تصویریں',
  'plans.safety.photos.hint':
    'تصویریں آپ کے ریکارڈ میں نجی رکھی جاتی ہیں۔ انہیں صرف آپ دیکھ سکتے ہیں۔',
  'plans.safety.photos.add': 'تصویر شامل کریں',
  'plans.safety.photos.alt': 'میرے جینے کی وجہیں، تصویر {number}',
  'plans.safety.photos.remove': 'تصویر {number} ہٹائیں',
  'plans.safety.photos.removed': 'تصویر ہٹا دی گئی۔ محفوظ کرنے پر یہ آپ کے منصوبے سے نکل جائے گی۔',
  'plans.safety.photoCount': '{count, plural, one {# تصویر} other {# تصویریں}}',
} satisfies Words;
