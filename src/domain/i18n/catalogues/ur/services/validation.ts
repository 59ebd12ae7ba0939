import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'سروس کا نام لکھیں',
} satisfies Words;
