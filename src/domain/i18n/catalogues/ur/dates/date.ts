import type { Words } from '../../../translate.ts';

export default {
  'date.enter': 'تاریخ درج کریں',
  'date.noDay': 'تاریخ میں دن ہونا ضروری ہے',
  'date.noMonth': 'تاریخ میں مہینہ ہونا ضروری ہے',
  'date.noYear': 'تاریخ میں سال ہونا ضروری ہے',
  'date.numbers': 'دن، مہینے اور سال کے لیے صرف نمبر استعمال کریں',
  'date.yearDigits': 'پورا سال لکھیں، جیسے 2024',
  'date.monthRange': 'مہینہ 1 سے 12 تک کا کوئی نمبر ہونا چاہیے',
  'date.dayRange': 'دن 1 سے 31 تک کا کوئی نمبر ہونا چاہیے',
  'date.notReal': '{day} {month} {year} کوئی تاریخ نہیں ہے: {month} {year} میں {days} دن ہیں',
  'date.format': 'سال، مہینہ اور دن کی شکل میں ایک اصلی تاریخ درج کریں، جیسے 2024-03-28',
} satisfies Words;
