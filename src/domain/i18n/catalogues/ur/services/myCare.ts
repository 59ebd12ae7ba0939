import type { Words } from '../../../translate.ts';

export default {
  'myCare.title': 'میری دیکھ بھال کی چیزیں',
  'myCare.intro':
    'جائزے سے پہلے لوگ اپنی زندگی کے شعبوں اور اپنی دیکھ بھال کے ان حصوں کی درجہ بندی کرتے ہیں۔ ایسے الفاظ استعمال کریں جو آپ کی سروس کے مطابق ہوں۔',
  'myCare.none': 'آپ دیکھ بھال کے کسی حصے کے بارے میں نہیں پوچھ رہے۔ نیچے کوئی چیز شامل کریں۔',
  'myCare.default.medication': 'دوائیں',
  'myCare.default.practicalHelp': 'عملی مدد',
  'myCare.default.meetings': 'ماہرین سے ملاقاتیں',
  'myCare.moveUp': '{label} اوپر لے جائیں',
  'myCare.moveDown': '{label} نیچے لے جائیں',
  'myCare.rename': '{label} کا نام بدلیں',
  'myCare.renameTitle': '{label} کا نام بدلیں',
  'myCare.renameLabel': '{label} کے لیے نئے الفاظ',
  'myCare.save': 'الفاظ محفوظ کریں',
  'myCare.cancel': 'منسوخ کریں',
  'myCare.renamed': 'چیز کا نام بدل دیا گیا۔',
  'myCare.archive': '{label} کے بارے میں پوچھنا بند کریں',
  'myCare.archived': 'اب لوگوں سے {label} کے بارے میں نہیں پوچھا جاتا۔ پچھلے جائزے اسے رکھتے ہیں۔',
  'myCare.archivedTitle': 'اب ان کے بارے میں نہیں پوچھا جاتا',
  'myCare.archivedIntro': 'پچھلے جائزے اب بھی انہیں دکھاتے ہیں۔',
  'myCare.add.title': 'کوئی چیز شامل کریں',
  'myCare.add.label': 'نئی چیز کے الفاظ',
  'myCare.add.submit': 'چیز شامل کریں',
  'myCare.added': 'چیز شامل کر دی گئی۔',
  'myCare.conflict':
    'کسی اور نے ابھی یہ فہرست بدلی ہے۔ ہم نے آپ کو تازہ ترین فہرست دکھا دی ہے۔ دوبارہ کوشش کریں۔',
} satisfies Words;
