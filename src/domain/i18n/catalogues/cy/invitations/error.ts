import type { Words } from '../../../translate.ts';

export default {
  'error.WM_INVITATION_OWN':
    'Eich gwahoddiad chi eich hun yw hwn. Rhowch y ddolen neu’r cod i’r person rydych chi eisiau rhannu gyda nhw.',
  'error.WM_INVITATION_ALREADY_SHARING':
    'Mae’r person hwn yn rhannu eu cofnod gyda chi yn barod. Gofynnwch iddyn nhw newid beth maen nhw’n ei rannu yn lle hynny.',
  'error.WM_INVITATION_CODE_ATTEMPTS':
    'Rydych chi wedi rhoi cynnig ar ormod o godau. Arhoswch {wait} a rhowch gynnig arall arni, neu gofynnwch am y ddolen yn lle hynny.',
} satisfies Words;
