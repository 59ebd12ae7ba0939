import type { Words } from '../../../translate.ts';

export default {
  'invite.title': 'کسی کو اپنا ریکارڈ دیکھنے کی دعوت دیں',
  'invite.intro':
    'چنیں کہ یہ کون ہیں اور انہیں کیا دکھائی دے۔ وہ اسے صرف پڑھ سکتے ہیں: آپ کا ریکارڈ صرف آپ بدل سکتے ہیں۔',
  'invite.role': 'یہ شخص آپ کا کون ہے؟',
  'invite.role.family': 'رشتے دار',
  'invite.role.friend': 'دوست',
  'invite.role.carer': 'کیئرر (دیکھ بھال کرنے والا شخص)',
  'invite.role.peer_supporter': 'ہم تجربہ مددگار (جس کا اپنا تجربہ بھی ایسا ہی ہو)',
  'invite.role.practitioner': 'پیشہ ور کارکن، جیسے نرس، ڈاکٹر یا سپورٹ ورکر',
  'invite.role.other': 'کوئی اور',
  'invite.knownAs': 'وہ نام جس سے آپ انہیں پکاریں',
  'invite.knownAs.hint':
    'Waymark میں آپ کو ان کا یہی نام دکھائی دے گا، مثال کے طور پر ”عائشہ“ یا ”ڈاکٹر پٹیل“۔',
  'invite.sections': 'انہیں کیا دکھائی دے؟',
  'invite.sections.hint':
    'ہر وہ حصہ چنیں جو وہ پڑھ سکیں۔ جس پر آپ نشان نہ لگائیں، وہ نجی رہتا ہے۔ آپ اسے بعد میں بدل سکتے ہیں۔',
  'invite.section.about_me': 'میرے بارے میں',
  'invite.section.goals': 'میرے مقاصد',
  'invite.section.support_network': 'میرا مدد کا حلقہ',
  'invite.section.staying_well': 'میرا ٹھیک رہنے کا منصوبہ',
  'invite.section.crisis_plan': 'میرا بحران کا منصوبہ',
  'invite.section.safety_plan': 'میرا حفاظتی منصوبہ',
  'invite.section.after_crisis': 'میرا بحران کے بعد کا منصوبہ',
  'invite.section.moving_on': 'میرا آگے بڑھنے کا منصوبہ',
  'invite.section.checkins': 'میرے چیک اِن',
  'invite.section.measures': 'میرے سوال نامے',
  'invite.section.reviews': 'میرے جائزے',
  'invite.journalPrivate':
    'ڈائری کی تحریریں نجی رہتی ہیں۔ آپ ڈائری میں سے ایک وقت میں ایک تحریر شیئر کر سکتے ہیں۔',
  'invite.advanceChoice': 'بحران کے منصوبے کے ساتھ میری پیشگی فیصلوں کی دستاویز بھی شامل کریں',
  'invite.advanceChoice.hint': 'اگر یہ دستاویز اپنے پاس ہی رکھنی ہے تو اس پر نشان نہ لگائیں۔',
  'invite.endsAt': 'ان کی رسائی کب ختم ہو؟ (اختیاری)',
  'invite.endsAt.hint':
    'اس دن سمیت، اس دن تک انہیں وہ سب دکھائی دے گا جو آپ شیئر کریں۔ اگر ختم ہونے کی کوئی تاریخ نہیں تو خالی چھوڑ دیں۔',
  'invite.submit': 'دعوت بنائیں',
  'invite.created.title': '{name} کے لیے آپ کی دعوت',
  'invite.created.once':
    'لنک اور کوڈ ہم صرف ابھی دکھا رہے ہیں۔ ان میں سے ایک خود {name} تک پہنچائیں، مثال کے طور پر میسج کے ذریعے یا فون پر کوڈ پڑھ کر سنا کر۔',
  'invite.created.until': 'انہیں یہ دعوت {when} تک قبول کرنی ہو گی۔ اس کے بعد یہ کام نہیں کرے گی۔',
  'invite.created.how':
    'دعوت قبول کرنے سے پہلے انہیں Waymark میں سائن اِن کرنا ہو گا یا اکاؤنٹ بنانا ہو گا۔ ہر دعوت صرف ایک بار کام کرتی ہے۔',
  'invite.created.link': 'دعوت کا لنک',
  'invite.created.code': 'یا پڑھ کر سنانے کے لیے کوڈ',
  'invite.created.codeHint':
    'یہ کوڈ Waymark میں ”کیا آپ کے پاس کوڈ ہے؟“ والی جگہ پر لکھنا ہوتا ہے۔ بڑے یا چھوٹے حروف اور ڈیش سے کوئی فرق نہیں پڑتا۔',
  'invite.copy': 'لنک کاپی کریں',
  'invite.copied': 'لنک کاپی ہو گیا۔',
  'invite.copyByHand': 'لنک کو چن کر خود کاپی کریں۔',
  'invite.another': 'کسی اور کو دعوت دیں',
} satisfies Words;
