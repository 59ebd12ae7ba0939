import type { Words } from '../../../translate.ts';

export default {
  'teamInvite.email.subject': '{service} کی ٹیم {team} کی طرف سے Waymark کی دعوت',
  'teamInvite.email.body':
    '{service} میں {team} سے {name} آپ کو دعوت دیتے ہیں کہ آپ اپنا Waymark ریکارڈ ٹیم سے جوڑیں۔\n\nجب تک آپ یہ نہ چنیں کہ ٹیم کیا دیکھے، کچھ بھی شیئر نہیں ہوتا۔ آپ انکار کر سکتے ہیں۔\n\nجواب دینے کے لیے یہ لنک کھولیں۔ یہ ایک بار، {days} دن تک کام کرتا ہے:\n{link}',
  'teamInvite.email.bodyWithNote':
    '{service} میں {team} سے {name} آپ کو دعوت دیتے ہیں کہ آپ اپنا Waymark ریکارڈ ٹیم سے جوڑیں۔\n\nانہوں نے لکھا:\n{message}\n\nجب تک آپ یہ نہ چنیں کہ ٹیم کیا دیکھے، کچھ بھی شیئر نہیں ہوتا۔ آپ انکار کر سکتے ہیں۔\n\nجواب دینے کے لیے یہ لنک کھولیں۔ یہ ایک بار، {days} دن تک کام کرتا ہے:\n{link}',
  'teamInvite.gone.title': 'یہ دعوت ختم ہو چکی ہے',
  'teamInvite.gone.code': 'کیا آپ کے پاس ٹیم کا کوڈ ہے؟ اسے اپنے شیئرنگ صفحے پر استعمال کریں',
  'teamInvite.heading': 'ایک ٹیم کی طرف سے دعوت',
  'teamInvite.title': '{name} کی طرف سے {team} میں شامل ہونے کی دعوت',
  'teamInvite.theyWrote': '{name} نے لکھا:',
  'teamInvite.nothingYet':
    'جب تک آپ نہ چنیں، کچھ بھی شیئر نہیں ہوتا۔ آپ اسے کسی بھی وقت بدل سکتے ہیں یا چھوڑ سکتے ہیں۔',
  'teamInvite.expires': 'یہ لنک {when} تک کام کرے گا۔',
  'teamInvite.decline': 'نہیں، شکریہ',
  'teamInvite.declined': 'آپ نے {team} کو انکار کر دیا۔ کچھ بھی شیئر نہیں ہوا۔',
  'teamInvite.link': 'ای میل کے ذریعے کسی کو {team} میں دعوت دیں',
  'teamInvite.form.title': 'ای میل کے ذریعے کسی کو دعوت دیں',
  'teamInvite.form.intro':
    'ہم انہیں ای میل میں ایک لنک بھیجتے ہیں۔ یہ ایک بار، {days} دن تک کام کرتا ہے۔ جب تک وہ یہ نہ چنیں کہ ٹیم کیا دیکھے، کچھ بھی شیئر نہیں ہوتا۔',
  'teamInvite.form.email': 'ان کا ای میل پتہ',
  'teamInvite.form.message': 'ایک مختصر نوٹ (شامل کرنا ضروری نہیں)',
  'teamInvite.form.messageHint': 'یہ ای میل میں جاتا ہے۔ کوئی نجی بات نہ لکھیں۔',
  'teamInvite.form.send': 'دعوت بھیجیں',
  'teamInvite.sent': 'ہم نے {email} پر دعوت بھیج دی۔',
  'teamInvite.sentBy': '{name} نے {date} کو بھیجی۔',
  'teamInvite.worksUntil': 'لنک {date} تک کام کرے گا۔',
  'teamInvite.withdraw': '{email} کو بھیجی گئی دعوت واپس لیں',
  'teamInvite.withdraw.question':
    '{email} کو بھیجی گئی دعوت واپس لیں؟ ای میل میں موجود لنک کام کرنا بند کر دے گا۔',
  'teamInvite.withdraw.yes': 'ہاں، واپس لیں',
  'teamInvite.withdrawn': '{email} کو بھیجی گئی دعوت واپس لے لی گئی۔',
  'teamInvite.waiting.title': 'جواب کا انتظار',
  'teamInvite.waiting.none': 'کوئی دعوت جواب کی منتظر نہیں ہے۔',
  'teamInvite.page.title': 'لوگوں کو {team} میں دعوت دیں',
  'teamInvite.page.plain': 'لوگوں کو کسی ٹیم میں دعوت دیں',
  'teamInvite.page.back': 'واپس جائیں',
  'teamInvite.page.notYours':
    'آپ اس ٹیم میں لوگوں کو دعوت نہیں دے سکتے۔ صرف ٹیم کے لوگ اور سروس ایڈمن ایسا کر سکتے ہیں۔',
} satisfies Words;
