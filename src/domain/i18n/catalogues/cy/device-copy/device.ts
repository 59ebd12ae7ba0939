import type { Words } from '../../../translate.ts';

export default {
  'device.signedOutExplained':
    'Rydych chi wedi allgofnodi, felly dyma’r copi sy’n cael ei gadw ar y ddyfais hon. Efallai nad yw’r newidiadau diweddaraf ynddo.',
  'device.signInForLatest': 'Mewngofnodwch i weld eich cynllun argyfwng diweddaraf',
} satisfies Words;
