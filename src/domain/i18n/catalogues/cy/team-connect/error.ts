import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN':
    'Doedden ni ddim yn gallu dod o hyd i dîm gyda’r cod hwn. Gwiriwch y cod gyda’r tîm.',
  'error.WM_TEAM_CODE_ATTEMPTS':
    'Gormod o godau wedi’u rhoi cynnig arnynt. Arhoswch {wait} a rhowch gynnig arall arni.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Rydych chi wedi cysylltu â’r tîm hwn yn barod. Gallwch newid beth mae’n ei weld ar eich tudalen Rhannu.',
  'error.WM_TEAM_INVITATION_INVALID':
    'This invitation link does not work. It may have been used, taken back, or be too old. Ask the team to send a new one.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'This email is for a staff account. Staff cannot join a team this way.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'You have sent a lot of invitations. Wait {wait} and try again.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'We could not send the email. Try again later, or give the person the team code.',
} satisfies Words;
