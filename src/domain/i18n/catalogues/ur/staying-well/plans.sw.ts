import type { Words } from '../../../translate.ts';

export default {
  'plans.sw.intro':
    'آپ کو کیا چیز ٹھیک رکھتی ہے، آپ کے اپنے الفاظ میں۔ چھوٹی اور واضح باتیں سب سے اچھی رہتی ہیں۔ سب سے اہم بات سب سے پہلے لکھیں۔',
  'plans.sw.empty':
    'آپ نے ابھی یہ منصوبہ شروع نہیں کیا۔ اپنا کوئی ایک ایسا کام لکھ کر شروع کریں جس سے مدد ملتی ہو، چاہے وہ کتنا ہی چھوٹا ہو۔',
  'plans.sw.save': 'ٹھیک رہنے کا منصوبہ محفوظ کریں',
  'plans.sw.daily': 'ٹھیک رہنے کے لیے میرے روز کے کام',
  'plans.sw.daily.hint':
    'مثال کے طور پر: ”10 بجے سے پہلے دکان تک پیدل جانا اور واپس آنا“، ”اپنی بہن کو میسج کرنا“۔',
  'plans.sw.daily.item': 'روز کا کام، نمبر {number}',
  'plans.sw.daily.add': 'روز کا کوئی کام شامل کریں',
  'plans.sw.weekly': 'میرے ہر ہفتے کے کام',
  'plans.sw.weekly.hint': 'مثال کے طور پر: ”ہفتے کے دن فٹ بال“، ”اتوار کی شام ابو کو فون کرنا“۔',
  'plans.sw.weekly.item': 'ہر ہفتے کا کام، نمبر {number}',
  'plans.sw.weekly.add': 'ہر ہفتے کا کوئی کام شامل کریں',
  'plans.sw.triggers': 'وہ باتیں جن سے میری طبیعت بگڑ سکتی ہے، اور کس چیز سے مدد ملتی ہے',
  'plans.sw.triggers.hint':
    'مثال کے طور پر: ”پیسوں کے بارے میں خط“ اور اس میں مدد: ”انہیں اپنے سپورٹ ورکر کے ساتھ کھولنا“۔',
  'plans.sw.triggers.item': 'طبیعت بگاڑنے والی بات {number}',
  'plans.sw.triggers.add': 'طبیعت بگاڑنے والی کوئی بات شامل کریں',
  'plans.sw.triggers.trigger': 'کس بات سے میری طبیعت بگڑ سکتی ہے',
  'plans.sw.triggers.whatHelps': 'کس چیز سے مدد ملتی ہے',
  'plans.sw.earlyWarningSigns': 'خطرے کی ابتدائی نشانیاں، اور کیا کرنا ہے',
  'plans.sw.earlyWarningSigns.hint':
    'مثال کے طور پر: ”فون کا جواب دینا چھوڑ دینا“ اور کیا کرنا ہے: ”امی چائے پر آ جائیں“۔',
  'plans.sw.earlyWarningSigns.item': 'خطرے کی ابتدائی نشانی {number}',
  'plans.sw.earlyWarningSigns.add': 'خطرے کی کوئی ابتدائی نشانی شامل کریں',
  'plans.sw.earlyWarningSigns.sign': 'ایک نشانی کہ میری طبیعت خراب ہو رہی ہے',
  'plans.sw.earlyWarningSigns.whatToDo': 'مجھے یا دوسروں کو کیا کرنا چاہیے',
  'plans.sw.gettingWorse': 'جب حالات بگڑ رہے ہوں، اور تب کس چیز سے مدد ملتی ہے',
  'plans.sw.gettingWorse.hint':
    'مثال کے طور پر: ”رات کا زیادہ تر حصہ جاگ کر گزرنا“ اور کس چیز سے مدد ملتی ہے: ”اگلی صبح اپنے کیئر کوآرڈینیٹر کو فون کرنا“۔',
  'plans.sw.gettingWorse.item': 'جب حالات بگڑ رہے ہوں، نمبر {number}',
  'plans.sw.gettingWorse.add': 'ایک نشانی شامل کریں کہ حالات بگڑ رہے ہیں',
  'plans.sw.gettingWorse.sign': 'ایک نشانی کہ حالات بگڑ رہے ہیں',
  'plans.sw.gettingWorse.whatHelps': 'تب کس چیز سے مدد ملتی ہے',
} satisfies Words;
