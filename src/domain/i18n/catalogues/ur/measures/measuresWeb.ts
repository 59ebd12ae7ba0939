import type { Words } from '../../../translate.ts';

export default {
  'measuresWeb.rateGoals': 'اپنے مقاصد کو 0 سے 10 تک نمبر دیں',
  'measuresWeb.title': 'سوال نامے',
  'measuresWeb.intro':
    'سوال ناموں سے آپ دیکھ سکتے ہیں کہ چیزیں کیسے بدل رہی ہیں۔ کون سے بھرنے ہیں اور کب، یہ فیصلہ آپ کا ہے۔',
  'measuresWeb.empty': 'ابھی کوئی سوال نامہ نہیں ہے۔',
  'measuresWeb.whoTitle': 'آپ کے جوابات کون دیکھتا ہے',
  'measuresWeb.who':
    'آپ کے جوابات صرف آپ کو دکھائی دیتے ہیں، جب تک آپ اپنے سوال نامے کسی سے شیئر نہ کریں۔ جن جوابات پر آپ ”صرف میرے لیے“ کا نشان لگائیں، وہ تب بھی صرف آپ کے پاس رہتے ہیں۔',
  'measuresWeb.seeCharts': 'دیکھیں میرا حال کیسا ہے',
  'measuresWeb.answerTitle': 'سوال نامہ',
  'measuresWeb.back': 'سوال ناموں پر واپس جائیں',
  'measuresWeb.step': 'حصہ {current} از {total}',
  'measuresWeb.yes': 'ہاں',
  'measuresWeb.no': 'نہیں',
  'measuresWeb.required': 'اس سوال کا جواب دیں',
  'measuresWeb.wholeNumber': 'پورا نمبر لکھیں، جیسے 3',
  'measuresWeb.number': 'ایک نمبر لکھیں، جیسے 2.5',
  'measuresWeb.checkAnswer': 'اس سوال کا اپنا جواب چیک کریں',
  'measuresWeb.note': 'کچھ اور لکھنا چاہیں تو (اختیاری)',
  'measuresWeb.noteHint': 'آپ نے یہ جواب کیوں دیا، اپنے الفاظ میں۔',
  'measuresWeb.continue': 'آگے بڑھیں',
  'measuresWeb.previous': 'پیچھے',
  'measuresWeb.send': 'میرے جوابات محفوظ کریں',
  'measuresWeb.saved': 'آپ کے جوابات محفوظ ہو گئے ہیں۔',
  'measuresWeb.resultTitle': 'آپ کا اسکور',
  'measuresWeb.score': 'اسکور',
  'measuresWeb.noScore': 'اس بار کوئی اسکور نہیں ہے۔',
  'measuresWeb.value': 'آپ کا اسکور {value} ہے۔',
  'measuresWeb.valueWithBand': 'آپ کا اسکور {value} ہے ({band})۔',
  'measuresWeb.prorated':
    'کچھ سوال چھوڑ دیے گئے تھے، اس لیے اسکور کا اندازہ لگایا گیا ہے: یہ {items} میں سے {answered} جوابات سے نکالا گیا۔ ”یہ کیسے نکالا گیا“ میں حساب دیکھیں۔',
  'measuresWeb.howWorkedOut': 'یہ کیسے نکالا گیا',
  'measuresWeb.keptForMe':
    'یہ جوابات صرف آپ کے لیے ہیں۔ انہیں کبھی کسی رپورٹ میں شامل نہیں کیا جاتا۔',
  'measuresWeb.supportTitle': 'آپ کے منصوبے آپ کے لیے یہیں موجود ہیں',
  'measuresWeb.safetyPlan': 'میرا حفاظتی منصوبہ کھولیں',
  'measuresWeb.crisisPlan': 'میرا بحران کا منصوبہ کھولیں',
} satisfies Words;
