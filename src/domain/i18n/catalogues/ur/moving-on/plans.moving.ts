import type { Words } from '../../../translate.ts';

export default {
  'plans.moving.intro':
    'سروس چھوڑنا ایک اچھا قدم ہو سکتا ہے۔ یہ منصوبہ آپ کو جلد پہچاننے میں مدد دیتا ہے کہ حالات مشکل ہو رہے ہیں، اور ضرورت ہو تو جلدی واپس آنے میں۔',
  'plans.moving.intro2': 'یہ آپ کا ہے۔ یہ آپ کے ریکارڈ میں رہتا ہے، ٹیم یا سروس چھوڑنے کے بعد بھی۔',
  'plans.moving.empty':
    'آپ نے ابھی یہ منصوبہ شروع نہیں کیا۔ آپ کسی ایک علامت سے شروع کر سکتے ہیں جسے آپ پہچاننا چاہیں گے۔',
  'plans.moving.save': 'آگے بڑھنے کا منصوبہ محفوظ کریں',
  'plans.moving.earlyWarningSigns': 'میری ابتدائی انتباہی علامات',
  'plans.moving.earlyWarningSigns.hint':
    'چھوٹی تبدیلیاں جو بتاتی ہیں کہ حالات مشکل ہو رہے ہیں۔ مثال کے طور پر: "میں فون کا جواب دینا چھوڑ دیتا ہوں"۔',
  'plans.moving.earlyWarningSigns.item': 'علامت {number}',
  'plans.moving.earlyWarningSigns.add': 'علامت شامل کریں',
  'plans.moving.contacts': 'میں کس سے رابطہ کروں گا',
  'plans.moving.contacts.hint':
    'اپنے سپورٹ نیٹ ورک میں سے چنیں۔ بتائیں کہ آپ ہر شخص سے کیا چاہتے ہیں۔',
  'plans.moving.contacts.pick': 'کسی ایسے شخص کو شامل کریں جس سے میں رابطہ کروں گا',
  'plans.moving.contacts.add': 'میرے منصوبے میں شامل کریں',
  'plans.moving.contacts.whatToDo': 'میں چاہتا ہوں کہ {name} کیا کرے',
  'plans.moving.contacts.whatToDo.hint':
    'مثال کے طور پر: "ہفتے میں ایک بار مجھے فون کریں"، "ٹیم کو فون کرنے میں میری مدد کریں"۔',
  'plans.moving.comeBack': 'جلدی واپس آنا',
  'plans.moving.wayBack': 'دوبارہ رابطہ کیسے کریں',
  'plans.moving.wayBack.hint':
    'کس ٹیم یا سروس سے رابطہ کرنا ہے، اور کیسے، اپنے الفاظ میں۔ مثال کے طور پر: "ٹیم کو فون کریں اور ڈیوٹی پر موجود کارکن کا پوچھیں"۔',
  'plans.moving.whatToSay': 'کیا کہنا ہے',
  'plans.moving.whatToSay.hint':
    'مثال کے طور پر: "میں مئی تک ٹیم کے ساتھ تھا۔ میری ابتدائی علامات واپس آ گئی ہیں اور میں جلد کسی سے ملنا چاہتا ہوں"۔',
  'plans.moving.helpedBefore': 'پہلے کس چیز سے مدد ملی',
  'plans.moving.helpedBefore.hint':
    'مثال کے طور پر: "ایک ہی کارکن سے ملنا"، "صبح کے وقت گھر پر ملاقات"۔',
} satisfies Words;
