import type { Words } from '../../../translate.ts';

export default {
  'service.title': 'آپ کی سروس',
  'service.youRun': 'آپ Waymark میں {name} چلاتے ہیں۔',
  'service.noRecords': 'سروس ایڈمن کے طور پر، آپ کسی کا ریکارڈ نہیں دیکھ سکتے۔',
  'service.next': 'اپنی ٹیمیں شامل کریں، پھر اپنے عملے کو ان میں مدعو کریں۔',
  'service.missing': 'ہمیں آپ کی سروس نہیں ملی۔ Waymark چلانے والوں سے پوچھیں۔',
  'service.teams': 'ٹیمیں',
  'service.staff': 'عملہ',
  'service.back': 'اپنی سروس پر واپس جائیں',
  'service.measures': 'پیمانے',
  'service.myCare': 'میری دیکھ بھال کی چیزیں',
} satisfies Words;
