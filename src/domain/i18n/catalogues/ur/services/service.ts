import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'آپ کی سروس',
  'service.youRun': 'آپ Waymark میں {name} چلاتے ہیں۔',
  'service.noRecords': 'سروس ایڈمن کے طور پر، آپ کسی کا ریکارڈ نہیں دیکھ سکتے۔',
  'service.next': 'جلد ہی آپ یہاں اپنی ٹیم شامل کر سکیں گے۔',
  'service.missing': 'ہمیں آپ کی سروس نہیں ملی۔ Waymark چلانے والوں سے پوچھیں۔',
} satisfies Words;
