import type { Words } from '../../../translate.ts';

export default {
  'progress.title': 'میرا حال کیسا ہے',
  'progress.intro':
    'وقت کے ساتھ آپ کے اپنے اسکور۔ ہر چارٹ کے ساتھ ایک ٹیبل ہے جس میں وہی نمبر ہیں۔',
  'progress.areasTitle': 'میری زندگی کے حصے',
  'progress.noRatings': 'آپ نے ابھی اپنی زندگی کے حصوں کو نمبر نہیں دیے۔ کیا آپ ابھی دینا چاہیں؟',
  'progress.radarTitle':
    'آپ کی زندگی کے حصوں کے 1 سے 7 تک کے نمبروں کا ستارہ نما چارٹ۔ اس کے نیچے والے ٹیبل میں وہی نمبر ہیں۔',
  'progress.radarHint': 'بیچ سے جتنا دور، اتنا بہتر، 1 سے 7 تک۔',
  'progress.radarTable':
    'آپ کی زندگی کے حصوں کے نمبر، 1 (اس سے برا نہیں ہو سکتا) سے 7 (اس سے اچھا نہیں ہو سکتا) تک',
  'progress.compareLabel': 'کسی اور تاریخ سے موازنہ کریں',
  'progress.compareHint': 'اس دن کے نمبر چارٹ اور ٹیبل میں شامل کریں۔',
  'progress.compareNone': 'کوئی اور تاریخ نہیں',
  'progress.first': 'پہلا، {date}',
  'progress.latest': 'تازہ ترین، {date}',
  'progress.chosen': 'چنا ہوا، {date}',
  'progress.rateAgain': 'اپنی زندگی کے حصوں کو دوبارہ نمبر دیں',
  'progress.lifeArea': 'زندگی کا حصہ',
  'progress.notRated': 'نمبر نہیں دیا',
  'progress.outOf7': '7 میں سے {value}',
  'progress.outOf': '{max} میں سے {value}',
  'progress.scalesTitle': 'میرے چیک اِن',
  'progress.noCheckins': 'آپ نے ابھی چیک اِن نہیں کیا۔ اس میں ایک منٹ سے بھی کم وقت لگتا ہے۔',
  'progress.measuresTitle': 'میرے سوال نامے',
  'progress.noMeasures': 'آپ نے ابھی کوئی سوال نامہ نہیں بھرا۔',
  'progress.latestScore': 'تازہ ترین: {date} کو {max} میں سے {value}',
  'progress.trendTitle':
    'وقت کے ساتھ {name} کا لائن چارٹ، {min} سے {max} تک۔ اس کے نیچے والے ٹیبل میں ہر اسکور دیا گیا ہے۔',
  'progress.trendTable': '{name}: ہر اسکور اپنی تاریخ کے ساتھ',
  'progress.trendTitleProrated':
    'وقت کے ساتھ {name} کا لائن چارٹ، {min} سے {max} تک۔ ہیرے کا نشان اندازے سے نکالا گیا اسکور دکھاتا ہے۔ اس کے نیچے والے ٹیبل میں ہر اسکور دیا گیا ہے۔',
  'progress.proratedScore': '{value} (اندازے سے نکالا گیا: {items} میں سے {answered} جوابات سے)',
  'progress.proratedKey':
    'چارٹ پر ہیرے کا نشان اندازے سے نکالا گیا اسکور دکھاتا ہے: کچھ سوال چھوڑ دیے گئے تھے، اس لیے کل اسکور دیے گئے جوابات سے نکالا گیا۔ ٹیبل میں لکھا ہے کہ کتنے جوابات دیے گئے۔',
  'progress.changeUp': '{from} سے {to} تک، آپ کا اسکور {points} بڑھ گیا۔',
  'progress.changeDown': '{from} سے {to} تک، آپ کا اسکور {points} کم ہو گیا۔',
  'progress.changeNone': '{to} کو آپ کا اسکور وہی تھا جو {from} کو تھا۔',
  'progress.changeReliable':
    'یہ تبدیلی اتنی بڑی ہے کہ یہ اتفاق سے نہیں ہو سکتی: اس سوال نامے میں {threshold} یا اس سے زیادہ کی تبدیلی محض اتفاق نہیں سمجھی جاتی۔',
  'progress.changeChance':
    'اتنی چھوٹی تبدیلی اتفاق سے بھی ہو سکتی ہے: اس سوال نامے میں تبدیلی کو اتفاق سے زیادہ ماننے کے لیے اسے {threshold} یا اس سے زیادہ ہونا چاہیے۔',
  'progress.changeWhere': '{threshold} کی یہ حد کہاں سے آئی ہے',
  'progress.date': 'تاریخ',
  'progress.score': 'اسکور',
  'progress.forMeOnly': 'صرف میرے لیے',
  'progress.note': 'نوٹ',
  'progress.hasNote': 'نوٹ موجود ہے',
  'progress.changeColumn': 'نوٹ شامل کریں یا بدلیں',
  'progress.addNote': 'نوٹ شامل کریں',
  'progress.changeNote': 'نوٹ بدلیں',
  'progress.forDate': '{date} کے لیے',
  'progress.noteTitle': 'میں نے یہ نمبر کیوں دیا',
  'progress.noteLabel': 'آپ کا نوٹ (اختیاری)',
  'progress.scoreLine': '{name}: {value}',
  'progress.scoreLineProrated':
    '{name}: {value} (اندازے سے نکالا گیا: {items} میں سے {answered} جوابات سے)',
  'progress.back': '”میرا حال کیسا ہے“ پر واپس جائیں',
  'progress.deleteTitle': 'مٹائیں',
  'progress.deleteCheckin': 'یہ چیک اِن مٹائیں',
  'progress.deleteCheckin.confirm':
    '{when} کا اپنا چیک اِن مٹا دیں؟ اس کے فوراً بعد آپ ”میرا حال کیسا ہے“ پر اسے واپس کر سکتے ہیں۔',
  'progress.deleteCheckin.yes': 'ہاں، مٹا دیں',
  'progress.checkinDeleted': '{when} کا چیک اِن مٹا دیا گیا۔',
  'progress.checkinRestored': '{when} کا چیک اِن واپس آ گیا ہے۔',
  'progress.deletedTitle': 'حال ہی میں مٹائے گئے چیک اِن',
  'progress.deletedIntro': 'وہ چیک اِن جو آپ نے پچھلے 30 دنوں میں مٹائے۔ آپ انہیں واپس لا سکتے ہیں۔',
  'progress.checkinFrom': '{when} کا چیک اِن',
  'progress.undeleteCheckin': '{when} کا چیک اِن واپس لائیں',
  'progress.checkinChangedElsewhere':
    'یہ چیک اِن کسی اور جگہ بدل گیا ہے، اس لیے مٹایا نہیں گیا۔ اب سب سے نیا ورژن دکھایا جا رہا ہے۔',
  'progress.yes': 'ہاں',
  'progress.no': 'نہیں',
  'progress.points': '{n, plural, one {# پوائنٹ} other {# پوائنٹ}}',
} satisfies Words;
