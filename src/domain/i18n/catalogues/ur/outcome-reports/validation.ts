import type { Words } from '../../../translate.ts';

export default {
  'validation.required.reportMonth': 'ایک مہینہ چنیں',
  'validation.reportMonth': '2000 سے 2099 تک کا مہینہ اور سال چنیں',
} satisfies Words;
