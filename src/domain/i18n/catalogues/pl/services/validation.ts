import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'Proszę wpisać nazwę placówki',
} satisfies Words;
