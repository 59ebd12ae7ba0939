import type { Words } from '../../../translate.ts';

export default {
  'crisis.title': 'اگر آپ کو ابھی مدد چاہیے',
  'crisis.danger': 'اگر آپ ابھی خطرے میں ہیں، تو {number} پر فون کریں یا A&E جائیں۔',
  'crisis.call': '{name} کو {number} پر فون کریں',
  'crisis.text': '{word} لکھ کر {number} پر میسج بھیجیں',
} satisfies Words;
