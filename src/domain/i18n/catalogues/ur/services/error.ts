import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'یہ لنک کام نہیں کرتا۔ ہو سکتا ہے یہ استعمال ہو چکا ہو، یا بہت پرانا ہو۔ Waymark چلانے والوں سے نیا لنک مانگیں۔',
  'error.WM_TEAM_NAME_TAKEN': 'آپ کی اس نام کی ایک ٹیم پہلے سے ہے۔ کوئی اور نام چنیں۔',
  'error.WM_STAFF_EMAIL_IN_USE':
    'یہ ای میل پتہ Waymark کا کوئی اور اکاؤنٹ استعمال کر رہا ہے، اس لیے اسے یہاں استعمال نہیں کیا جا سکتا۔ ان سے کوئی اور پتہ مانگیں۔',
  'error.WM_MEASURE_FILE_INVALID':
    '{count, plural, one {اس سوالنامے میں # مسئلہ ہے} other {اس سوالنامے میں # مسائل ہیں}}، اس لیے اسے شامل نہیں کیا گیا۔',
  'error.WM_MEASURE_IN_LIBRARY':
    'آپ کی لائبریری میں "{url}" کا ورژن {version} پہلے سے ہے۔ بدلی ہوئی کاپی شامل کرنے کے لیے اسے نیا ورژن دیں۔',
  'error.WM_MY_CARE_TOO_MANY':
    'آپ زیادہ سے زیادہ {max} چیزوں کے بارے میں پوچھ سکتے ہیں۔ نئی شامل کرنے سے پہلے کسی ایک کے بارے میں پوچھنا بند کریں۔',
} satisfies Words;
