import type { Words } from '../../../translate.ts';

export default {
  'checkinsWeb.title': 'چیک اِن',
  'checkinsWeb.intro':
    'آج حال کیسا ہے؟ ہر ایک کے لیے ایک نمبر چنیں۔ ان میں سے کوئی بھی چھوڑا جا سکتا ہے۔',
  'checkinsWeb.scaleHint': '{min} کا مطلب ہے {low}۔ {max} کا مطلب ہے {high}۔',
  'checkinsWeb.low': 'بہت برا',
  'checkinsWeb.high': 'بہت اچھا',
  'checkinsWeb.noScales':
    'اس وقت کوئی پیمانہ استعمال میں نہیں ہے۔ آپ چیک اِن کی ترتیبات میں کچھ پیمانے چن سکتے ہیں۔',
  'checkinsWeb.signsLegend': 'خطرے کی آپ کی ابتدائی نشانیاں',
  'checkinsWeb.signsHint': 'کیا ایسا ہو رہا ہے؟ جو ہو رہی ہیں ان پر نشان لگائیں۔',
  'checkinsWeb.note': 'کچھ اور لکھنا چاہیں تو (اختیاری)',
  'checkinsWeb.noteHint': 'آپ نے یہ نمبر کیوں دیا، اپنے الفاظ میں۔ زیادہ سے زیادہ {max} حروف۔',
  'checkinsWeb.forMeOnly': 'صرف میرے لیے',
  'checkinsWeb.forMeOnlyHint': 'یہ آپ کی سروس کی کسی رپورٹ میں کبھی شامل نہیں کیا جاتا۔',
  'checkinsWeb.save': 'میرا چیک اِن محفوظ کریں',
  'checkinsWeb.savedAt': 'چیک اِن {time} پر محفوظ ہو گیا۔',
  'checkinsWeb.seeCharts': 'دیکھیں میرا حال کیسا ہے',
  'checkinsWeb.plannedTitle': 'اس کے لیے آپ کا منصوبہ',
  'checkinsWeb.plannedIntro':
    'آپ نے بتایا کہ ایسا ہو رہا ہے۔ ایسا ہونے پر آپ نے یہ کرنے کا سوچا تھا۔',
  'checkinsWeb.plannedNone': 'یہ نشانی اب آپ کے ٹھیک رہنے کے منصوبے میں نہیں ہے۔',
  'checkinsWeb.plannedPlanLink': 'میرا ٹھیک رہنے کا منصوبہ کھولیں',
  'checkinsWeb.settingsLink': 'میرے پیمانے اور یاد دہانیاں چنیں',
  'checkinsWeb.settingsTitle': 'چیک اِن کی ترتیبات',
  'checkinsWeb.settingsIntro':
    'چنیں کہ چیک اِن کرتے وقت آپ سے کیا پوچھا جائے، اور آپ کو کتنی بار یاد دلایا جائے۔',
  'checkinsWeb.backToCheckIn': 'چیک اِن پر واپس جائیں',
  'checkinsWeb.scalesLegend': 'کون سے پیمانے استعمال کرنے ہیں',
  'checkinsWeb.scalesHint':
    'جن کے بارے میں آپ سے پوچھا جائے ان پر نشان لگائیں۔ 1 سے 7 تک کے نمبر جلدی ہو جاتے ہیں؛ 0 سے 10 تک میں زیادہ تفصیل آتی ہے۔',
  'checkinsWeb.rangeFor': '{name} کے نمبر',
  'checkinsWeb.range.1-7': '1 سے 7 تک',
  'checkinsWeb.range.0-10': '0 سے 10 تک',
  'checkinsWeb.newScaleLegend': 'اپنا پیمانہ شامل کریں',
  'checkinsWeb.newScaleName': 'آپ کے پیمانے کا نام',
  'checkinsWeb.newScaleHint': 'مثال کے طور پر ”دوسروں سے جڑا ہوا محسوس کرنا“ یا ”درد“۔',
  'checkinsWeb.newScaleRange': 'آپ کے پیمانے کے نمبر',
  'checkinsWeb.addScale': 'یہ پیمانہ شامل کریں',
  'checkinsWeb.reminderLegend': 'آپ کتنی بار چیک اِن کرنا چاہیں؟',
  'checkinsWeb.reminderHint': 'جب چیک اِن کا وقت ہو گا تو آپ کا ہوم صفحہ بتا دے گا۔',
  'checkinsWeb.promptsLegend': 'خطرے کی کون سی ابتدائی نشانیوں کے بارے میں پوچھا جائے',
  'checkinsWeb.promptsHint':
    'یہ آپ کے ٹھیک رہنے کے منصوبے سے لی گئی ہیں۔ جن کے بارے میں آپ چیک اِن کے وقت پوچھا جانا چاہیں ان پر نشان لگائیں۔',
  'checkinsWeb.noSigns':
    'آپ نے اپنے ٹھیک رہنے کے منصوبے میں ابھی خطرے کی کوئی ابتدائی نشانی نہیں لکھی۔',
  'checkinsWeb.saveSettings': 'میری ترتیبات محفوظ کریں',
  'checkinsWeb.dueTitle': 'کیا باقی ہے',
  'checkinsWeb.dueNow': 'آج چیک اِن کرنے کا دن ہے۔',
  'checkinsWeb.checkInNow': 'ابھی چیک اِن کریں',
  'checkinsWeb.dueNext': 'آپ کا اگلا چیک اِن {date} کو ہے۔',
  'checkinsWeb.dueNothing': 'ابھی کچھ باقی نہیں۔',
  'checkinsWeb.checkInAnyTime': 'کسی بھی وقت چیک اِن کریں',
} satisfies Words;
