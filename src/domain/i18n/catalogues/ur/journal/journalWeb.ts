import type { Words } from '../../../translate.ts';

export default {
  'journalWeb.title': 'ڈائری',
  'journalWeb.private':
    'آپ کی ڈائری نجی ہے۔ اسے صرف آپ پڑھ سکتے ہیں، جب تک آپ خود کوئی تحریر شیئر نہ کریں۔',
  'journalWeb.write': 'کچھ لکھیں',
  'journalWeb.entriesTitle': 'میری تحریریں',
  'journalWeb.empty': 'آپ نے ابھی کچھ نہیں لکھا۔ آپ جس بارے میں چاہیں لکھ سکتے ہیں۔',
  'journalWeb.moodShown': 'موڈ: 7 میں سے {mood}',
  'journalWeb.searchTitle': 'میری ڈائری میں تلاش کریں',
  'journalWeb.searchLabel': 'لفظ یا جملہ',
  'journalWeb.searchHint': 'صرف آپ کی اپنی تحریروں میں تلاش کی جاتی ہے۔',
  'journalWeb.search': 'تلاش کریں',
  'journalWeb.clearSearch': 'تلاش صاف کریں',
  'journalWeb.found': '”{q}“ والی تحریریں: {count}۔',
  'journalWeb.olderNotSearched': 'صرف آپ کی {count} سب سے نئی تحریروں میں تلاش کی گئی۔',
  'journalWeb.unreadableNotSearched':
    'وہ تحریریں جو اس سرور کی چابیوں سے نہیں پڑھی جا سکتیں، ان میں تلاش نہیں کی گئی: {count}۔',
  'journalWeb.unreadable':
    'یہ تحریر اس سرور کی چابیوں سے نہیں پڑھی جا سکتی۔ اسے ویسے ہی رکھا گیا ہے جیسی یہ تھی۔ جو بھی Waymark چلاتا ہے اسے بتائیں۔',
  'journalWeb.newTitle': 'ڈائری میں لکھیں',
  'journalWeb.changeTitle': 'ڈائری کی تحریر بدلیں',
  'journalWeb.back': 'میری ڈائری پر واپس جائیں',
  'journalWeb.date': 'تاریخ',
  'journalWeb.mood': 'موڈ (اختیاری)',
  'journalWeb.moodHint': '1 (بہت برا) سے 7 (بہت اچھا) تک۔',
  'journalWeb.moodNone': 'کوئی موڈ نہیں',
  'journalWeb.moodLow': '{mood} – بہت برا',
  'journalWeb.moodHigh': '{mood} – بہت اچھا',
  'journalWeb.text': 'آپ کیا لکھنا چاہیں',
  'journalWeb.save': 'تحریر محفوظ کریں',
  'journalWeb.savedNew': 'تحریر محفوظ ہو گئی۔',
  'journalWeb.writtenOn': 'پہلی بار {date} کو لکھی گئی۔',
  'journalWeb.manageTitle': 'مٹائیں',
  'journalWeb.delete': 'یہ تحریر مٹائیں',
  'journalWeb.delete.confirm':
    '{date} کی اپنی تحریر مٹا دیں؟ اس کے فوراً بعد آپ اپنی ڈائری کے صفحے پر اسے واپس کر سکتے ہیں۔',
  'journalWeb.delete.yes': 'ہاں، مٹا دیں',
  'journalWeb.deleted': '{date} کی تحریر مٹا دی گئی۔',
  'journalWeb.restored': '{date} کی تحریر واپس آ گئی ہے۔',
  'journalWeb.deletedTitle': 'حال ہی میں مٹائی گئی تحریریں',
  'journalWeb.deletedIntro':
    'وہ تحریریں جو آپ نے پچھلے 30 دنوں میں مٹائیں۔ آپ انہیں واپس لا سکتے ہیں۔',
  'journalWeb.entryFrom': '{date} کی تحریر',
  'journalWeb.undelete': '{date} کی تحریر واپس لائیں',
  'journalWeb.changedElsewhere':
    'یہ تحریر کسی اور جگہ بدل گئی ہے، اس لیے مٹائی نہیں گئی۔ اب سب سے نیا ورژن دکھایا جا رہا ہے۔',
} satisfies Words;
