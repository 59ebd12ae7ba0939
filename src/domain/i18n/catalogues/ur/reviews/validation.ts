import type { Words } from '../../../translate.ts';

export default {
  'validation.review.actionWhat': 'لکھیں کہ کیا کیا جائے گا',
  'validation.review.actionWho': 'چنیں کہ یہ کون کرے گا',
  'validation.review.actionSomeone': 'اس شخص کا نام لکھیں جو یہ کرے گا',
  'validation.review.tooManyAreas': 'بات کرنے کے لیے زیادہ سے زیادہ {max} شعبے چنیں',
  'validation.review.areaTwice': 'ہر شعبہ صرف ایک بار چنیں',
  'validation.review.nextAfterMeeting': 'اگلا جائزہ ملاقات کے بعد ہونا چاہیے',
  'validation.review.areaNotRated': 'درجہ بندی میں سے کوئی شعبہ چنیں',
  'validation.review.lifeAreaUnknown': 'یہ آپ کی زندگی کے شعبوں میں سے نہیں',
  'validation.review.myCareUnknown': 'یہ درجہ دینے والی چیزوں میں سے نہیں',
  'validation.review.goalUnknown': 'اپنے مقاصد میں سے ایک چنیں، یا نیا مقصد',
  'validation.review.goalFull': 'اس مقصد میں مزید قدم نہیں آ سکتے۔ کوئی اور مقصد چنیں۔',
} satisfies Words;
