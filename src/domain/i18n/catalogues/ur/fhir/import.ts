import type { Words } from '../../../translate.ts';

export default {
  'import.title': 'کسی دوسرے Waymark سے میرا ریکارڈ لائیں',
  'import.intro':
    'اگر آپ نے کہیں اور Waymark استعمال کیا ہے تو آپ اپنا ریکارڈ یہاں لا سکتے ہیں۔ وہاں "میرا ریکارڈ ڈاؤن لوڈ کریں" سے ملی فائل استعمال کریں۔',
  'import.onlyEmpty':
    'آپ یہ صرف تب کر سکتے ہیں جب یہاں آپ کا ریکارڈ خالی ہو، سائن اپ کے فوراً بعد۔ کچھ بھی آپس میں نہیں ملایا جاتا۔',
  'import.fileLabel': 'آپ کے ریکارڈ کی فائل',
  'import.fileHint': '"میرا ریکارڈ ڈاؤن لوڈ کریں" سے ملی ‎.json فائل، {max} MB تک۔',
  'import.submit': 'میرا ریکارڈ لائیں',
  'import.working': 'آپ کا ریکارڈ لایا جا رہا ہے۔ اس میں ایک منٹ لگ سکتا ہے۔',
  'import.noFile': 'پہلے اپنے ریکارڈ کی فائل چنیں۔',
  'import.notJson': 'ہم یہ فائل نہیں پڑھ سکتے۔ "میرا ریکارڈ ڈاؤن لوڈ کریں" سے ملی ‎.json فائل چنیں۔',
  'import.tooBig': 'یہ فائل {max} MB سے بڑی ہے، اس لیے ہم اسے نہیں لا سکتے۔',
  'import.doneTitle': 'آپ کا ریکارڈ یہاں ہے',
  'import.broughtIntro': 'ہم یہ لائے:',
  'import.brought.aboutMe': 'میرے بارے میں',
  'import.brought.lifeAreas': 'زندگی کے شعبے: {count}',
  'import.brought.goals': 'اہداف: {count}، {notes} نوٹس کے ساتھ',
  'import.brought.plans': 'منصوبے: {count}',
  'import.brought.supportContacts': 'آپ کے مددگار نیٹ ورک میں لوگ اور سروسز: {count}',
  'import.brought.checkins': 'چیک اِن: {count}',
  'import.brought.lifeAreaRatings': 'زندگی کے شعبوں کی درجہ بندیاں: {count}',
  'import.brought.measureResponses': 'آپ کے بھرے ہوئے سوالنامے: {count}',
  'import.brought.journalEntries': 'ڈائری کے اندراجات: {count}',
  'import.brought.files': 'فائلیں: {count}',
  'import.brought.reviews': 'جائزے: {count}',
  'import.sharedTitle': 'وہاں آپ کا ریکارڈ کون دیکھ سکتا تھا',
  'import.sharedNone': 'آپ نے وہاں اپنا ریکارڈ کسی کے ساتھ شیئر نہیں کیا۔',
  'import.sharedIntro':
    'یہ لوگ یہاں نہیں ہیں۔ وہ یہاں آپ کے ریکارڈ کا کچھ بھی نہیں دیکھ سکتے۔ اگر آپ چاہیں تو شیئرنگ سے انہیں دوبارہ مدعو کریں۔',
  'import.sharedPerson': '{name} ({role}) وہاں آپ کے {sections} دیکھ سکتے تھے۔',
  'import.sharedJournal': '{name} وہاں آپ کے {count} ڈائری اندراجات پڑھ سکتے تھے۔',
  'import.sharedTeam': '{service} کی ٹیم {team} وہاں آپ کے {sections} دیکھ سکتی تھی۔',
  'import.sharedTeamAgain': 'یہاں کسی ٹیم سے جڑنے کے لیے، ٹیم سے اس کا کوڈ مانگیں۔',
  'import.toSharing': 'شیئرنگ پر جائیں',
  'import.toRecord': 'میرے ریکارڈ پر جائیں',
  'import.back': 'ترتیبات پر واپس جائیں',
  'import.unknownMeasure':
    'اس میں ایک ایسے سوالنامے کے جوابات ہیں جو اس Waymark میں نہیں ہے ({questionnaire})۔',
  'import.fileChanged':
    'اس میں فائل "{name}" محفوظ ہونے کے بعد بدل گئی ہے، اس لیے ہم اس پر بھروسا نہیں کر سکتے۔',
} satisfies Words;
