import type { Words } from '../../../translate.ts';

export default {
  'goalRatingsWeb.title': 'اپنے مقاصد کو نمبر دیں',
  'goalRatingsWeb.intro':
    'آج ہر مقصد کتنا قریب محسوس ہوتا ہے؟ جن کو چاہیں نمبر دیں۔ کوئی بھی چھوڑا جا سکتا ہے۔',
  'goalRatingsWeb.low': 'شروع نہیں ہوا',
  'goalRatingsWeb.high': 'پورا ہو گیا',
  'goalRatingsWeb.rateOne': 'کم از کم ایک مقصد کو نمبر دیں',
  'goalRatingsWeb.save': 'میرے نمبر محفوظ کریں',
} satisfies Words;
