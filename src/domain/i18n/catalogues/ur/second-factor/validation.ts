import type { Words } from '../../../translate.ts';

export default {
  'validation.required.twoStepCode': 'اپنی ایپ سے 6 ہندسوں والا کوڈ درج کریں',
  'validation.twoStepCode': 'کوڈ 6 ہندسوں میں درج کریں، جیسے 123456',
  'validation.required.recoveryCode': 'اپنے ریکوری کوڈز میں سے ایک درج کریں',
  'validation.recoveryCode':
    'ریکوری کوڈ ویسے ہی درج کریں جیسے آپ نے محفوظ کیا تھا: 4 حروف اور ہندسوں کے 4 گروپ',
  'validation.required.passkeyName': 'اس پاس کی کا نام درج کریں',
} satisfies Words;
