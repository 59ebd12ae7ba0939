import type { Words } from '../../../translate.ts';

export default {
  'validation.required.serviceName': 'Rhowch enw’r gwasanaeth',
} satisfies Words;
