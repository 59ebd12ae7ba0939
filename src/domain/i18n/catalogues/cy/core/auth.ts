import type { Words } from '../../../translate.ts';

export default {
  'auth.signUp.title': 'Creu eich cyfrif Waymark',
  'auth.signUp.intro':
    'Waymark yw eich cofnod adferiad chi eich hun. Chi sy’n penderfynu beth sy’n mynd ynddo a phwy sy’n ei weld.',
  'auth.signUp.submit': 'Creu cyfrif',
  'auth.signUp.haveAccount': 'Oes gennych chi gyfrif yn barod?',
  'auth.signIn.title': 'Mewngofnodi i Waymark',
  'auth.signIn.submit': 'Mewngofnodi',
  'auth.signIn.forgot': 'Wedi anghofio eich cyfrinair?',
  'auth.signIn.noAccount': 'Newydd i Waymark?',
  'auth.signedOut': 'Rydych chi wedi allgofnodi.',
  'auth.signOutFailed':
    'Doedd dim modd eich allgofnodi. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
} satisfies Words;
