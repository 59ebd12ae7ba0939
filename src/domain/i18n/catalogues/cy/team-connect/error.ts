import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN':
    'Doedden ni ddim yn gallu dod o hyd i dîm gyda’r cod hwn. Gwiriwch y cod gyda’r tîm.',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'Gormod o godau wedi’u rhoi cynnig arnynt. Arhoswch {wait} a rhowch gynnig arall arni.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Rydych chi wedi cysylltu â’r tîm hwn yn barod. Gallwch newid beth mae’n ei weld ar eich tudalen Rhannu.',
  'error.WM_TEAM_INVITATION_INVALID':
    'Dydy’r ddolen gwahoddiad hon ddim yn gweithio. Efallai ei bod wedi cael ei defnyddio, wedi’i thynnu’n ôl, neu ei bod yn rhy hen. Gofynnwch i’r tîm anfon un newydd.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'Mae’r cyfeiriad e-bost hwn ar gyfer cyfrif staff. Dydy staff ddim yn gallu ymuno â thîm fel hyn.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'Rydych chi wedi anfon llawer o wahoddiadau. Arhoswch {wait} a rhowch gynnig arall arni.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'Doedden ni ddim yn gallu anfon yr e-bost. Rhowch gynnig arall arni yn nes ymlaen, neu rhowch god y tîm i’r person.',
} satisfies Words;
