import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'اگر آپ کو ابھی مدد چاہیے',
  'crisis.danger': 'اگر آپ ابھی خطرے میں ہیں، تو {number} پر فون کریں یا A&E جائیں۔',
  'crisis.call': '{name} کو {number} پر فون کریں',
  'crisis.text': '{word} لکھ کر {number} پر میسج بھیجیں',
  'crisis.nhs111.name': 'NHS 111',
  'crisis.nhs111.detail': 'انگلینڈ میں، ذہنی صحت والا آپشن چنیں۔',
  'crisis.samaritans.name': 'Samaritans',
  'crisis.samaritans.detail': 'مفت، دن ہو یا رات۔',
  'crisis.shout.name': 'Shout',
  'crisis.shout.detail': 'Shout ایک مفت میسج سروس ہے، دن ہو یا رات۔',
} satisfies Words;
