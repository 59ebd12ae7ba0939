import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN':
    'Doedden ni ddim yn gallu dod o hyd i dîm gyda’r cod hwn. Gwiriwch y cod gyda’r tîm.',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'Gormod o godau wedi’u rhoi cynnig arnynt. Arhoswch {wait} a rhowch gynnig arall arni.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Rydych chi wedi cysylltu â’r tîm hwn yn barod. Gallwch newid beth mae’n ei weld ar eich tudalen Rhannu.',
} satisfies Words;
