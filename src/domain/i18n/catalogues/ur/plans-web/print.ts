import type { Words } from '../../../translate.ts';

export default {
  'print.button': 'پرنٹ کریں یا PDF کے طور پر محفوظ کریں',
  'print.date': '{date} کو پرنٹ کیا گیا',
  'print.name': 'نام: {name}',
} satisfies Words;
