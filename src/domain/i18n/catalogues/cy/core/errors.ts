import type { Words } from '../../../translate.ts';

export default {
  'errors.summaryTitle': 'Mae problem',
  'errors.saveFailed':
    'Chafodd eich newidiadau mo’u cadw. Mae eich testun yma o hyd. Rhowch gynnig arall arni.',
  'errors.network':
    'Doedden ni ddim yn gallu cysylltu â Waymark. Gwiriwch eich cysylltiad. Mae eich testun yma o hyd.',
  'errors.signInAgain':
    'Rydych chi wedi cael eich allgofnodi, felly chafodd hyn mo’i gadw. Mae eich testun yma o hyd. Mewngofnodwch eto mewn tab arall, yna dewch yn ôl a chadwch.',
  'errors.prefix': 'Gwall:',
} satisfies Words;
