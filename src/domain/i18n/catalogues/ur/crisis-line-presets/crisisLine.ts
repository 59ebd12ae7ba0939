import type { Words } from '../../../translate.ts';

export default {
  'crisisLine.nhs111.name': 'NHS 111',
  'crisisLine.nhs111.detail': 'انگلینڈ میں، ذہنی صحت والا آپشن چنیں۔',
  'crisisLine.nhs111Wales.name': 'NHS 111 Wales',
  'crisisLine.nhs111Wales.detail': 'اپنی ذہنی صحت کے بارے میں مدد کے لیے 2 دبائیں، دن ہو یا رات۔',
  'crisisLine.callHelpline.name': 'CALL ہیلپ لائن',
  'crisisLine.callHelpline.detail':
    'ویلز میں ہر کسی کے لیے ذہنی صحت کی ایک مفت ہیلپ لائن، دن ہو یا رات۔',
  'crisisLine.nhs24.name': 'NHS 24',
  'crisisLine.nhs24.detail': 'اسکاٹ لینڈ میں، ذہنی صحت کے بارے میں فوری مدد کے لیے، دن ہو یا رات۔',
  'crisisLine.breathingSpace.name': 'Breathing Space',
  'crisisLine.breathingSpace.detail':
    'مفت، اسکاٹ لینڈ میں ہر کسی کے لیے۔ پیر سے جمعرات شام 6 بجے سے رات 2 بجے تک، اور جمعہ شام 6 بجے سے پیر صبح 6 بجے تک کھلی رہتی ہے۔',
  'crisisLine.lifeline.name': 'Lifeline',
  'crisisLine.lifeline.detail': 'مفت، شمالی آئرلینڈ میں ہر کسی کے لیے، دن ہو یا رات۔',
  'crisisLine.samaritans.name': 'Samaritans',
  'crisisLine.samaritans.detail': 'مفت، دن ہو یا رات۔',
  'crisisLine.shout.name': 'Shout',
  'crisisLine.shout.detail': 'Shout ایک مفت میسج سروس ہے، دن ہو یا رات۔',
} satisfies Words;
