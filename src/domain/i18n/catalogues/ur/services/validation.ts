import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'سروس کا نام لکھیں',
  'validation.required.teamName': 'ٹیم کا نام لکھیں',
  'validation.required.staffName': 'ان کا پورا نام لکھیں',
  'validation.required.team': 'ایک ٹیم چنیں',
  'validation.required.myCareLabel': 'اس چیز کے الفاظ درج کریں',
} satisfies Words;
