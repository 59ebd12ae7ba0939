import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.edit.title': 'میرا بحران کا منصوبہ بدلیں',
  'plans.crisis.intro':
    'اسے تب لکھیں جب آپ کی طبیعت کافی حد تک ٹھیک ہو۔ اس سے لوگوں کو پتا چلتا ہے کہ اگر آپ کی طبیعت بہت خراب ہو جائے تو آپ کی کیا خواہش ہے۔ ہر حصہ اختیاری ہے؛ اسے اپنے طریقے سے لکھیں۔',
  'plans.crisis.empty':
    'آپ نے ابھی بحران کا منصوبہ نہیں لکھا۔ اگر آپ کی طبیعت بہت خراب ہو جائے، تو اس سے آپ کے آس پاس کے لوگوں کو وہ کرنے میں مدد مل سکتی ہے جو آپ چاہیں۔',
  'plans.crisis.start': 'اپنا بحران کا منصوبہ شروع کریں',
  'plans.crisis.startHint':
    'آپ نے ابھی یہ منصوبہ محفوظ نہیں کیا۔ جو حصہ سب سے آسان لگے، اسی سے شروع کریں۔',
  'plans.crisis.change': 'میرا بحران کا منصوبہ بدلیں',
  'plans.crisis.back': 'میرے بحران کے منصوبے پر واپس جائیں',
  'plans.crisis.save': 'بحران کا منصوبہ محفوظ کریں',
  'plans.crisis.more': 'میرے بحران کے منصوبے کے بارے میں مزید',
  'plans.crisis.part.signs': 'جب میں بحران میں ہوں',
  'plans.crisis.part.ending': 'جب منصوبہ ختم ہو',
  'plans.crisis.signs': 'نشانیاں کہ میں بحران میں ہوں',
  'plans.crisis.signs.hint':
    'دوسروں کو کیا نظر آ سکتا ہے۔ مثال کے طور پر: ”کھانا چھوڑ دینا اور اپنے کمرے میں ہی رہنا“، ”بہت تیز تیز بولنا اور نہ سونا“۔',
  'plans.crisis.wantInvolved': 'جن لوگوں کو شامل کیا جائے',
  'plans.crisis.wantInvolved.hint':
    'اپنے مدد کے حلقے سے لوگ چنیں، سب سے اہم کو سب سے پہلے۔ بتائیں کہ آپ چاہتے ہیں ہر ایک کیا کرے۔',
  'plans.crisis.wantInvolved.pick': 'میرے مدد کے حلقے سے کسی کو شامل کریں',
  'plans.crisis.wantInvolved.add': 'میرے منصوبے میں شامل کریں',
  'plans.crisis.wantInvolved.whatToDo': '{name} سے میری کیا توقع ہے',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'مثال کے طور پر: ”بلی کا خیال رکھیں“، ”اپائنٹمنٹ پر میرے ساتھ چلیں“، ”میرے کام پر بتا دیں کہ میں بیماری کی چھٹی پر ہوں“۔',
  'plans.crisis.nominatedPerson': 'میرا نامزد شخص',
  'plans.crisis.nominatedPerson.pick': 'اپنا نامزد شخص چنیں',
  'plans.crisis.nominatedPerson.hint':
    'کوئی ایسا شخص جس پر آپ بھروسہ کرتے ہوں، جو طبیعت بہت خراب ہونے پر آپ کی دیکھ بھال کے فیصلے کرنے میں مدد کرے۔',
  'plans.crisis.nominatedPerson.none': 'کسی کو نہیں چنا گیا',
  'plans.crisis.notInvolved': 'جن لوگوں کو شامل نہ کیا جائے',
  'plans.crisis.notInvolved.hint':
    'وہ لوگ جن سے رابطہ نہ کیا جائے یا جنہیں شامل نہ کیا جائے، اور اگر آپ بتانا چاہیں تو کیوں۔',
  'plans.crisis.notInvolved.item': 'شخص {number}',
  'plans.crisis.notInvolved.add': 'ایسے شخص کا نام لکھیں جسے شامل نہ کیا جائے',
  'plans.crisis.notInvolved.name': 'نام',
  'plans.crisis.notInvolved.reason': 'کیوں (اختیاری)',
  'plans.crisis.whatHelps': 'کس چیز سے مدد ملتی ہے',
  'plans.crisis.whatHelps.hint':
    'مثال کے طور پر: ”ایک پُرسکون کمرہ“، ”ایک وقت میں ایک ہی شخص مجھ سے آرام سے بات کرے“، ”میری موسیقی“۔',
  'plans.crisis.whatDoesNotHelp': 'کس چیز سے مدد نہیں ملتی',
  'plans.crisis.whatDoesNotHelp.hint':
    'مثال کے طور پر: ”پوچھے بغیر مجھے چھونا“، ”بہت سے لوگوں کا ایک ساتھ بولنا“۔',
  'plans.crisis.treatment': 'وہ علاج جو مجھے منظور ہے اور جو نہیں',
  'plans.crisis.treatment.hint':
    'مثال کے طور پر: ”اگر محفوظ ہو تو میرا علاج گھر پر ہو“، ”مجھے ECT نہیں چاہیے“۔',
  'plans.crisis.medication': 'دوائیں',
  'plans.crisis.medication.hint':
    'ابھی کی دوائیں، پہلے کن دواؤں سے فائدہ ہوا، اور کوئی دوا جو آپ کو نہیں چاہیے۔ مثال کے طور پر: ”Sertraline 100mg سے مجھے فائدہ ہوتا ہے۔ Olanzapine سے مجھے بہت غنودگی ہوتی تھی“۔',
  'plans.crisis.allergies': 'الرجی',
  'plans.crisis.allergies.hint':
    'مثال کے طور پر: ”پینسلین“۔ اگر کوئی الرجی نہیں تو ”کوئی معلوم نہیں“ لکھیں۔',
  'plans.crisis.placesOfCare': 'میری دیکھ بھال کہاں ہو تو بہتر ہے',
  'plans.crisis.placesOfCare.hint':
    'مثال کے طور پر: ”گھر پر، ہوم ٹریٹمنٹ ٹیم کے ساتھ“، ”پارک روڈ والا کرائسس ہاؤس، وارڈ نہیں“۔',
  'plans.crisis.practical': 'روزمرہ کے معاملات',
  'plans.crisis.practical.hint': 'کون کس کام کو سنبھالے، تاکہ آپ کو فکر نہ کرنی پڑے۔',
  'plans.crisis.practical.children': 'بچے',
  'plans.crisis.practical.children.hint':
    'مثال کے طور پر: ”میری بہن زینب بچوں کو اسکول سے لے آئے“۔',
  'plans.crisis.practical.pets': 'پالتو جانور',
  'plans.crisis.practical.pets.hint':
    'مثال کے طور پر: ”ساتھ والے گھر کے عادل بلی کو کھانا دیں۔ چابی نیلے گملے کے نیچے ہے“۔',
  'plans.crisis.practical.home': 'گھر',
  'plans.crisis.practical.home.hint':
    'مثال کے طور پر: ”امی سے کہیں کہ ڈاک دیکھ لیں اور پودوں کو پانی دے دیں“۔',
  'plans.crisis.practical.bills': 'بل اور پیسے',
  'plans.crisis.practical.bills.hint':
    'مثال کے طور پر: ”کرایہ ہر مہینے کی 1 تاریخ کو ڈائریکٹ ڈیبٹ سے ادا ہوتا ہے“۔',
  'plans.crisis.practical.work': 'کام، پڑھائی یا رضاکارانہ کام',
  'plans.crisis.practical.work.hint':
    'مثال کے طور پر: ”صرف میری مینیجر پریا کو بتائیں، پوری ٹیم کو نہیں“۔',
  'plans.crisis.noLongerApplies': 'یہ منصوبہ کب لاگو نہیں رہتا',
  'plans.crisis.noLongerApplies.hint':
    'مثال کے طور پر: ”جب میں دوبارہ ٹھیک سے سونے اور کھانے لگوں اور خود کہوں کہ اب میں اپنے معاملات خود سنبھالنے کے لیے تیار ہوں“۔',
  'plans.crisis.advanceChoice': 'میری پیشگی فیصلوں کی دستاویز',
  'plans.crisis.advanceChoice.hint':
    'اگر آپ کے پاس پیشگی فیصلوں کی دستاویز یا پیشگی بیان (advance statement) ہے، تو آپ اس کی ایک کاپی اپنے منصوبے کے ساتھ رکھ سکتے ہیں۔ اسے صرف آپ کھول سکتے ہیں۔',
  'plans.crisis.advanceChoice.open': '”{name}“ کھولیں',
  'plans.crisis.advanceChoice.attached': 'ایک دستاویز ساتھ لگی ہوئی ہے۔',
  'plans.crisis.advanceChoice.remove': 'اسے میرے منصوبے سے ہٹا دیں',
  'plans.crisis.lastReviewed': 'میں نے یہ منصوبہ آخری بار کب دیکھا',
  'plans.crisis.lastReviewed.label': 'آخری بار دیکھنے کی تاریخ',
  'plans.crisis.lastReviewed.hint':
    'ہر 6 مہینے بعد، یا کسی بحران کے بعد، اپنا منصوبہ دیکھ لینا اچھا رہتا ہے۔ مثال کے طور پر، 2026-11-25۔',
  'plans.crisis.lastReviewed.today': 'میں نے آج اسے دیکھا',
} satisfies Words;
