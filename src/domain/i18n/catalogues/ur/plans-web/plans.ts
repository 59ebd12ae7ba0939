import type { Words } from '../../../translate.ts';

export default {
  'plans.title': 'میرے منصوبے',
  'plans.intro':
    'آپ کے اپنے الفاظ میں منصوبے: ٹھیک رہنے کے لیے، بحران کے لیے، اور اس کے بعد کے لیے۔ جو سب سے زیادہ کام کا لگے، اسی سے شروع کریں۔',
  'plans.related': 'یہ بھی کام کے ہیں',
  'plans.backToPlans': 'میرے منصوبوں پر واپس جائیں',
  'plans.notStarted': 'ابھی شروع نہیں ہوا۔',
  'plans.changedOn': 'آخری بار {date} کو بدلا گیا۔',
  'plans.lastSaved': 'آخری بار {when} کو محفوظ کیا گیا۔',
  'plans.contactGone': 'کوئی جو اب آپ کے مدد کے حلقے میں نہیں ہے',
  'plans.pair': '{first}: {second}',
  'plans.yes': 'ہاں',
  'plans.no': 'نہیں',
  'plans.sheet.nothing': 'ابھی کچھ نہیں لکھا گیا۔',
  'plans.list.empty': 'یہاں ابھی کچھ نہیں۔',
  'plans.list.entry': 'اندراج {number}',
  'plans.list.which': '{what}',
  'plans.list.moveUp': 'اوپر لے جائیں',
  'plans.list.moveDown': 'نیچے لے جائیں',
  'plans.list.remove': 'ہٹائیں',
  'plans.list.removed': 'ہٹا دیا گیا: {what}۔ محفوظ کرنے پر یہ منصوبے سے نکال دیا جائے گا۔',
  'plans.list.restored': 'واپس لایا گیا: {what}۔',
  'plans.list.full': 'یہاں زیادہ سے زیادہ {max} اندراجات ہو سکتے ہیں۔',
  'plans.picker.hint': 'صرف آپ کے مدد کے حلقے کے لوگ چنے جا سکتے ہیں۔',
  'plans.picker.placeholder': 'کسی کو چنیں',
  'plans.picker.crisisContact': '{name} (بحران میں رابطہ)',
  'plans.picker.choose': 'پہلے فہرست میں سے کسی کو چنیں',
  'plans.picker.none': 'ابھی کسی کو نہیں چنا گیا۔',
  'plans.picker.allChosen': 'آپ کے مدد کے حلقے کے سب لوگ پہلے ہی یہاں ہیں۔',
  'plans.picker.emptyNetwork': 'آپ کے مدد کے حلقے میں ابھی کوئی نہیں ہے۔',
  'plans.picker.addToNetwork': 'اپنے مدد کے حلقے میں کسی کو شامل کریں',
  'plans.review.title': 'اپنا بحران کا منصوبہ دوبارہ دیکھنے کا وقت',
  'plans.review.old':
    'آپ نے اپنا بحران کا منصوبہ آخری بار {date} کو دیکھا تھا، جو 6 مہینے سے زیادہ پہلے کی بات ہے۔ جب آپ تیار محسوس کریں، اسے پڑھ لیں اور جو کچھ اب بدل گیا ہے اسے بدل دیں۔',
  'plans.review.missing':
    'آپ کے بحران کے منصوبے میں یہ نہیں لکھا کہ آپ نے اسے آخری بار کب دیکھا۔ جب آپ تیار محسوس کریں، اسے پڑھ لیں اور تاریخ لکھ دیں۔',
  'plans.review.link': 'میرا بحران کا منصوبہ دوبارہ دیکھیں',
  'plans.staying-well.title': 'میرا ٹھیک رہنے کا منصوبہ',
  'plans.staying-well.summary':
    'ٹھیک رہنے کے لیے آپ کے کام، کن باتوں سے طبیعت بگڑ سکتی ہے، اور خطرے کی کن ابتدائی نشانیوں پر نظر رکھنی ہے۔',
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
  'plans.crisis.title': 'میرا بحران کا منصوبہ',
  'plans.crisis.summary':
    'اگر آپ بحران میں ہوں تو کیا ہو، اور کون شامل ہو۔ آپ اسے پرنٹ کر سکتے ہیں، اپنے فون پر رکھ سکتے ہیں اور ایمرجنسی میں شیئر کر سکتے ہیں۔',
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
    'اپنے مدد کے حلقے سے لوگ چنیں، سب سے اہم کو سب سے پہلے، اور ہر ایک کے لیے بتائیں کہ وہ کیا کرے۔',
  'plans.crisis.wantInvolved.pick': 'میرے مدد کے حلقے سے کسی کو شامل کریں',
  'plans.crisis.wantInvolved.add': 'میرے منصوبے میں شامل کریں',
  'plans.crisis.wantInvolved.whatToDo': '{name} سے میری کیا توقع ہے',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'مثال کے طور پر: ”بلی کا خیال رکھیں“، ”اپائنٹمنٹ پر میرے ساتھ چلیں“، ”میرے کام پر بتا دیں کہ میں بیماری کی چھٹی پر ہوں“۔',
  'plans.crisis.nominatedPerson': 'میرا نامزد شخص',
  'plans.crisis.nominatedPerson.pick': 'اپنا نامزد شخص چنیں',
  'plans.crisis.nominatedPerson.hint':
    'کوئی قابلِ بھروسہ شخص، جو طبیعت بہت خراب ہونے کی صورت میں آپ کی دیکھ بھال کے فیصلوں میں شامل ہو۔',
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
  'plans.view.own.signs': 'نشانیاں کہ میں بحران میں ہوں',
  'plans.view.other.signs': 'نشانیاں کہ {name} بحران میں ہیں',
  'plans.view.own.wantInvolved': 'جن لوگوں کو شامل کیا جائے',
  'plans.view.other.wantInvolved': '{name} کے مطابق جن لوگوں کو شامل کیا جائے',
  'plans.view.own.notInvolved': 'جن لوگوں کو شامل نہ کیا جائے',
  'plans.view.other.notInvolved': '{name} کے مطابق جن لوگوں کو شامل نہ کیا جائے',
  'plans.view.helps': 'کس چیز سے مدد ملتی ہے اور کس سے نہیں',
  'plans.view.care': 'علاج، دوائیں اور الرجی',
  'plans.view.call': '{phone} پر فون کریں',
  'plans.view.nominatedHint': 'وہ شخص جسے دیکھ بھال کے فیصلوں میں شامل کیا جائے۔',
  'plans.view.lastReviewed': 'آخری بار {date} کو دیکھا گیا۔',
  'plans.view.notReviewed': 'دوبارہ دیکھنے کی کوئی تاریخ نہیں دی گئی۔',
  'plans.safety.title': 'میرا حفاظتی منصوبہ',
  'plans.safety.summary':
    'جب سب کچھ برداشت سے باہر لگے تو محفوظ رہنے میں مدد کے قدم: ان کاموں سے لے کر جو آپ اکیلے کر سکتے ہیں، ان لوگوں تک جو مدد کر سکتے ہیں۔',
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
  'plans.after-crisis.title': 'بحران کے بعد',
  'plans.after-crisis.summary':
    'دوبارہ سنبھلنے کے لیے آپ کو کیا چاہیے، اور اگلی بار کے لیے آپ نے کیا سیکھا۔',
  'plans.after.intro':
    'بحران کے بعد یہ لکھ لینا مددگار ہو سکتا ہے کہ آپ کو اب کیا چاہیے، اور اگلی بار کیا مختلف ہو تو بہتر ہے۔ آرام سے، اپنا وقت لیں۔',
  'plans.after.empty': 'ابھی کچھ نہیں لکھا گیا۔ جب بھی آپ تیار محسوس کریں، یہاں واپس آ سکتے ہیں۔',
  'plans.after.save': 'محفوظ کریں',
  'plans.after.backOnTrack': 'دوبارہ سنبھلنے کے لیے مجھے کیا چاہیے',
  'plans.after.backOnTrack.hint':
    'مثال کے طور پر: ”کام پر آہستہ آہستہ واپسی“، ”ڈاک اور بلوں کو نمٹانے میں کسی کی مدد“۔',
  'plans.after.learned': 'اگلی بار کے لیے میں نے کیا سیکھا',
  'plans.after.learned.hint':
    'مثال کے طور پر: ”مجھے احساس ہوا کہ دو ہفتے پہلے سے میری نیند اڑ گئی تھی۔ اگلی بار اپنے GP کو جلدی فون کرنا ہے“۔',
  'plans.safety.photoCount': '{count, plural, one {# تصویر} other {# تصویریں}}',
} satisfies Words;
