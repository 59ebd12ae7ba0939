import type { Words } from '../../../translate.ts';

export default {
  'framing.everyday.title': 'روزمرہ کی زندگی',
  'framing.everyday.description':
    'روزمرہ زندگی کے اہم حصے: گھر، پیسہ، کام، آپ کے آس پاس کے لوگ، آپ کی صحت اور وہ چیزیں جو آپ کو اچھی لگتی ہیں۔ اگر آپ کو یقین نہیں کہ کہاں سے شروع کریں، تو یہاں سے شروع کرنا اچھا ہے۔',
  'framing.recovery.title': 'میری بحالی',
  'framing.recovery.description':
    'چھ باتیں جو بحالی میں اکثر اہم ہوتی ہیں۔ آپ اپنے بارے میں کیسا محسوس کرتے ہیں۔ مشکل چیزوں کے ساتھ جینا۔ جو کچھ ہوا اسے سمجھنا۔ لوگوں کے ساتھ اچھا تعلق رکھنا۔ وہ کام کرنا جن کی آپ کو پروا ہے، اور ضرورت کے وقت مدد لینا۔',
  'framing.recovery.area.self': 'میں کون ہوں اور اپنے بارے میں میری سوچ',
  'framing.recovery.area.coping': 'مشکل چیزوں کے ساتھ جینا',
  'framing.recovery.area.meaning': 'میرے ساتھ جو کچھ ہوا اسے سمجھنا',
  'framing.recovery.area.people': 'اپنی زندگی کے لوگوں کے ساتھ اچھا تعلق',
  'framing.recovery.area.roles': 'وہ کام جو میرے لیے اہم ہیں',
  'framing.recovery.area.support': 'ضرورت کے وقت مدد اور سہارا',
  'framing.connection.title': 'تعلق، امید اور معنی',
  'framing.connection.description':
    'پانچ باتیں جن کے بارے میں بہت سے لوگ کہتے ہیں کہ ان سے بحالی میں مدد ملتی ہے: دوسروں سے قریب محسوس کرنا، مستقبل کی امید، یہ احساس کہ آپ کون ہیں، زندگی میں معنی، اور اپنی زندگی کے فیصلے خود کرنا۔',
  'framing.connection.area.connected': 'لوگوں سے قریب محسوس کرنا',
  'framing.connection.area.hope': 'امید اور آگے کی طرف دیکھنا',
  'framing.connection.area.identity': 'میں کون ہوں',
  'framing.connection.area.meaning': 'وہ چیزیں جو میری زندگی کو معنی دیتی ہیں',
  'framing.connection.area.control': 'اپنی زندگی کے فیصلے خود کرنا',
  'framing.community.title': 'خاندان، برادری، ایمان اور ثقافت',
  'framing.community.description':
    'آپ کے آس پاس کے لوگوں اور طرزِ زندگی سے شروع ہوتا ہے: آپ کا خاندان، آپ کی برادری، آپ کا ایمان اور آپ کی ثقافت۔ پھر روزمرہ کی ضرورتیں۔',
  'framing.community.area.community': 'میری برادری',
  'framing.community.area.faith': 'ایمان، روحانیت یا عقائد',
  'framing.community.area.culture': 'ثقافت، ورثہ اور زبان',
  'framing.community.area.caring': 'دوسروں کی دیکھ بھال',
  'framing.community.area.health': 'جسم اور ذہن کی صحت',
  'framing.community.area.work': 'کام، پیسہ اور پڑھائی',

  'framing.chooser.title': 'آپ کی زندگی کے حصوں کے لیے کچھ خیالات',
  'framing.chooser.intro':
    'آپ اپنی زندگی کو دیکھنے کے کسی اور طریقے سے شروع کر سکتے ہیں۔ اس کے حصے دیکھنے کے لیے ایک طریقہ چنیں، پھر وہ حصے چنیں جو آپ چاہتے ہیں۔',
  'framing.chooser.which': 'آپ اپنی زندگی کو کس طرح دیکھنا چاہیں گے؟',
  'framing.chooser.areas': '”{title}“ کے حصے',
  'framing.chooser.areas.hint':
    'جو حصے آپ نہیں چاہتے ان پر سے نشان ہٹا دیں۔ آپ بعد میں ان کا نام بدل سکتے ہیں یا انہیں ہٹا سکتے ہیں۔',
  'framing.chooser.alreadyThere': '{name} (پہلے سے آپ کی فہرست میں ہے)',
  'framing.chooser.allThere': 'یہ سب پہلے سے آپ کی فہرست میں ہیں۔',
  'framing.chooser.how': 'آپ کے موجودہ حصوں کا کیا کیا جائے',
  'framing.chooser.how.add': 'انہیں رکھیں، اور یہ بھی شامل کریں',
  'framing.chooser.how.instead': 'ان کی جگہ یہ استعمال کریں',
  'framing.chooser.how.instead.hint':
    'شروع میں آپ کو جو حصے دیے گئے تھے وہ ہٹا دیے جائیں گے۔ آپ انہیں کسی بھی وقت ”روزمرہ کی زندگی“ سے واپس شامل کر سکتے ہیں۔',
  'framing.chooser.add': 'زندگی کے یہ حصے شامل کریں',
  'framing.chooser.noneChosen': 'شامل کرنے کے لیے کم از کم ایک حصہ چنیں',
  'framing.chooser.added':
    '{count, plural, one {زندگی کا # حصہ شامل کر دیا گیا} other {زندگی کے # حصے شامل کر دیے گئے}}: {names}۔',
  'framing.chooser.nothingAdded': 'کچھ شامل نہیں ہوا: یہ حصے پہلے سے آپ کی فہرست میں ہیں۔',

  'framing.error.unknown': 'اپنی زندگی کو دیکھنے کا کوئی ایک طریقہ چنیں',
  'framing.error.unknownArea': 'یہ حصہ زندگی کو دیکھنے کے اس طریقے میں شامل نہیں ہے',
  'framing.error.repeated': 'ہر حصہ صرف ایک بار چنا جا سکتا ہے',
} satisfies Words;
