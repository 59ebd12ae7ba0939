import type { Words } from '../../../translate.ts';

export default {
  'views.title': 'آمنے سامنے رائے',
  'views.intro.own':
    'جن لوگوں کو آپ نے ”تجویز“ کی رسائی دی ہے، وہ آپ کے الفاظ کے ساتھ اپنی رائے لکھ سکتے ہیں۔ وہ آپ کے الفاظ کبھی نہیں بدلتے۔ آپ جواب دے سکتے ہیں۔',
  'views.intro.other':
    'آپ کی رائے {name} کے الفاظ کے ساتھ دکھائی جاتی ہے، ان کے اوپر کبھی نہیں۔ {name} کی طرف سے جواب بھی آ سکتا ہے۔',
  'views.none': 'ابھی کسی نے اپنی رائے نہیں لکھی۔',
  'views.nothingYet':
    'یہاں ابھی کچھ نہیں لکھا گیا، اس لیے کسی چیز کے ساتھ رائے لکھنے کو کچھ نہیں ہے۔',
  'views.yourWords': 'آپ کے الفاظ',
  'views.theirWords': '{name} کے الفاظ',
  'views.wordsEmpty': 'یہاں کچھ نہیں لکھا گیا۔',
  'views.yourView': 'آپ کی رائے',
  'views.theirView': '{name} کی رائے',
  'views.yourReply': 'آپ کا جواب',
  'views.theirReply': '{name} کا جواب',
  'views.when': '{when} کو لکھی گئی',
  'views.olderVersion': 'یہ تب لکھی گئی جب منصوبے میں کچھ اور لکھا تھا (ایک پچھلا ورژن)۔',
  'views.whole': 'پورا',
  'views.add': 'اپنی رائے لکھیں',
  'views.part': 'آپ کی رائے کس حصے کے بارے میں ہے؟',
  'views.text': 'آپ کی رائے',
  'views.text.hint': 'اس بارے میں اپنی سوچ بتائیں۔ زیادہ سے زیادہ {max} حروف۔',
  'views.added': 'آپ کی رائے {name} کے الفاظ کے ساتھ لکھ دی گئی۔',
  'views.reply': 'جواب دیں',
  'views.replyTo': '{name} کو جواب دیں',
  'views.sendReply': 'جواب بھیجیں',
  'views.replied': 'آپ کا جواب لکھ دیا گیا۔',
  'views.takeBack': 'اپنی رائے واپس لیں',
  'views.takenBack': 'آپ کی رائے واپس لے لی گئی۔ اب یہ کسی کو دکھائی نہیں دیتی۔',
  'views.ratingsOn': '{date} کے نمبر',
  'views.rated': '7 میں سے {score} نمبر دیے',
} satisfies Words;
