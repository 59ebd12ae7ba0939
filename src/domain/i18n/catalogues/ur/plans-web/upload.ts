import type { Words } from '../../../translate.ts';

export default {
  'upload.choose': 'کوئی دستاویز اپ لوڈ کریں',
  'upload.replace': 'کوئی دوسری دستاویز اپ لوڈ کریں',
  'upload.limits': 'ایک PDF یا تصویر (PNG، JPEG یا WebP)، زیادہ سے زیادہ {max} MB۔',
  'upload.photoLimits': 'ایک تصویر (PNG، JPEG یا WebP)، زیادہ سے زیادہ {max} MB۔',
  'upload.sending': '”{name}“ اپ لوڈ ہو رہی ہے…',
  'upload.done':
    '”{name}“ اپ لوڈ ہو گئی۔ اسے اپنے منصوبے کے ساتھ رکھنے کے لیے اپنا بحران کا منصوبہ محفوظ کریں۔',
  'upload.photoDone': 'تصویر اپ لوڈ ہو گئی۔ اسے وہاں رکھنے کے لیے اپنا حفاظتی منصوبہ محفوظ کریں۔',
  'upload.detached': 'محفوظ کرنے پر یہ دستاویز آپ کے منصوبے سے ہٹا دی جائے گی۔',
  'upload.kb': '{size} KB',
  'upload.mb': '{size} MB',
  'upload.storageUsed': 'آپ کی {quota} MB جگہ میں سے {used} MB استعمال ہو رہی ہے۔',
  'upload.removedAfterWindow': 'یہ فائل {days} دن بعد ہٹا دی گئی۔',
} satisfies Words;
