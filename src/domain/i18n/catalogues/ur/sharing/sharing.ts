import type { Words } from '../../../translate.ts';

export default {
  'sharing.title': 'شیئر کرنا',
  'sharing.intro':
    'آپ کے ریکارڈ کا کون سا حصہ کون دیکھے، یہ فیصلہ آپ کا ہے، اور آپ اسے کسی بھی وقت بدل یا روک سکتے ہیں۔ تبدیلیاں فوراً لاگو ہو جاتی ہیں۔',
  'sharing.invitationsHeading': 'کسی کو دعوت دیں',
  'sharing.peopleHeading': 'جن لوگوں کو رسائی حاصل ہے',
  'sharing.nobody': 'کسی کو آپ کے ریکارڈ تک رسائی نہیں ہے۔ یہ صرف آپ کا ہے۔',
  'sharing.person': '{knownAs} ({role})',
  'sharing.accountName': 'ان کے اکاؤنٹ کا نام: {name}',
  'sharing.sections': 'انہیں یہ دکھائی دیتا ہے: {sections}',
  'sharing.noSections': 'اس وقت انہیں کچھ دکھائی نہیں دیتا۔',
  'sharing.endsAt': '{date} تک',
  'sharing.ended': 'رسائی {date} کو ختم ہو گئی',
  'sharing.noEnd': 'ختم ہونے کی کوئی تاریخ نہیں',
  'sharing.since': '{date} سے',
  'sharing.change': 'بدلیں کہ {name} کو کیا دکھائی دے',
  'sharing.stop': '{name} سے شیئر کرنا بند کریں',
  'sharing.preview': 'دیکھیں کہ {name} کو کیا دکھائی دیتا ہے',
  'sharing.changeHeading': 'بدلیں کہ {name} کو کیا دکھائی دے',
  'sharing.sectionLegend': 'وہ حصے جو {name} کو دکھائی دیتے ہیں',
  'sharing.level.none': 'شیئر نہیں کیا گیا',
  'sharing.level.view': 'دکھائی دیتا ہے',
  'sharing.advanceChoice': 'بحران کے منصوبے کے ساتھ میری پیشگی فیصلوں کی دستاویز بھی شامل کریں',
  'sharing.endsAtLabel': 'ختم ہونے کی تاریخ (اختیاری)',
  'sharing.endsAtHint': 'اگر ختم ہونے کی کوئی تاریخ نہیں تو خالی چھوڑ دیں۔',
  'sharing.tellThem': 'کیا انہیں اس تبدیلی کے بارے میں بتایا جائے؟',
  'sharing.tellThemStop': 'کیا انہیں بتایا جائے کہ آپ نے شیئر کرنا بند کر دیا ہے؟',
  'sharing.yes': 'ہاں',
  'sharing.no': 'نہیں',
  'sharing.save': 'تبدیلیاں محفوظ کریں',
  'sharing.cancel': 'منسوخ کریں',
  'sharing.changed': 'محفوظ ہو گیا۔ {name} کو یہ تبدیلی فوراً دکھائی دے گی۔',
  'sharing.stopQuestion':
    '{name} سے شیئر کرنا بند کر دیں؟ ان کی رسائی فوراً ختم ہو جائے گی۔ یہ صرف آپ کی طرف سے نئی دعوت سے ہی واپس آ سکتی ہے۔',
  'sharing.stopConfirm': 'ہاں، شیئر کرنا بند کریں',
  'sharing.stopped': 'آپ نے {name} سے شیئر کرنا بند کر دیا۔',
  'sharing.pausedNotice':
    'شیئر کرنا رکا ہوا ہے۔ جب تک آپ دوبارہ شروع نہ کریں، جن لوگوں سے آپ کا ریکارڈ شیئر ہے انہیں کچھ دکھائی نہیں دے گا۔',
  'sharing.pausedLinksToo': 'آپ کے ایمرجنسی لنک بھی رکے ہوئے ہیں۔',
  'sharing.pause': 'ہر طرح کا شیئر کرنا روک دیں',
  'sharing.pauseQuestion': 'کیا ایمرجنسی لنک بھی روک دیے جائیں؟',
  'sharing.pauseConfirm': 'شیئر کرنا روک دیں',
  'sharing.resume': 'شیئر کرنا دوبارہ شروع کریں',
  'sharing.endsAtPast': 'ختم ہونے کی کوئی آنے والی تاریخ چنیں۔',
  'sharing.withheld.for_me_only':
    'جس چیز پر بھی آپ نے ”صرف میرے لیے“ کا نشان لگایا، وہ {name} کو کبھی نہیں دکھائی جاتی۔',
  'sharing.withheld.journal':
    'آپ کی ڈائری نجی رہتی ہے: {name} کو صرف وہ تحریریں دکھائی دیتی ہیں جو آپ نے ایک ایک کر کے ان سے شیئر کیں۔',
  'sharing.withheld.advance_choice_document':
    'آپ کی پیشگی فیصلوں کی دستاویز بحران کے منصوبے کے ساتھ نہیں دکھائی جاتی۔',
  'sharing.outcomes.heading': 'میری سروس کی رپورٹوں میں مجھے شمار کریں',
  'sharing.outcomes.intro':
    'سروسز جاننا چاہتی ہیں کہ کیا وہ لوگوں کی مدد کرتی ہیں۔ اگر آپ ہاں کہیں تو آپ کے اسکور ان سروسز کی رپورٹوں میں شمار ہوں گے جن سے آپ جڑے ہیں۔ یہ آپ کے چیک اِن اسکور، زندگی کے شعبوں کی ریٹنگ اور فارم کے اسکور ہیں۔',
  'sharing.outcomes.anonymous':
    'رپورٹوں میں کبھی آپ کا نام نہیں ہوتا۔ آپ نے اپنے الفاظ میں جو لکھا وہ ان میں نہیں ہوتا۔',
  'sharing.outcomes.smallNumbers': 'چھوٹی تعداد چھپائی جاتی ہے، تاکہ کسی کو پہچانا نہ جا سکے۔',
  'sharing.outcomes.forMeOnly': 'جو کچھ آپ نے “صرف میرے لیے” رکھا، وہ کبھی شمار نہیں ہوتا۔',
  'sharing.outcomes.stopAnyTime':
    'آپ کسی بھی وقت روک سکتے ہیں۔ اس کے بعد بننے والی رپورٹوں میں آپ شامل نہیں ہوں گے۔',
  'sharing.outcomes.on': 'آپ اپنی سروس کی رپورٹوں میں شمار ہوتے ہیں۔',
  'sharing.outcomes.off': 'آپ اپنی سروس کی رپورٹوں میں شمار نہیں ہوتے۔',
  'sharing.outcomes.optIn': 'مجھے شمار کریں',
  'sharing.outcomes.optOut': 'مجھے شمار کرنا بند کریں',
  'sharing.outcomes.optedIn': 'اب آپ اپنے نام کے بغیر اپنی سروس کی رپورٹوں میں شمار ہوتے ہیں۔',
  'sharing.outcomes.optedOut': 'اب آپ اپنی سروس کی رپورٹوں میں شمار نہیں ہوتے۔',
} satisfies Words;
