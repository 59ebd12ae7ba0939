import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SET_UP_LINK_INVALID':
    'Dydy’r ddolen hon ddim yn gweithio. Efallai ei bod wedi’i defnyddio, neu ei bod yn rhy hen. Gofynnwch i bwy bynnag sy’n rhedeg Waymark am un newydd.',
  'error.WM_TEAM_NAME_TAKEN': 'Mae gennych chi dîm gyda’r enw hwn yn barod. Dewiswch enw arall.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'Mae cyfrif Waymark arall yn defnyddio’r cyfeiriad e-bost hwn, felly does dim modd ei ddefnyddio yma. Gofynnwch iddyn nhw am un arall.',
  'error.WM_MEASURE_FILE_INVALID':
    '{count, plural, zero {Mae gan yr holiadur hwn # problem} one {Mae gan yr holiadur hwn # broblem} two {Mae gan yr holiadur hwn # broblem} few {Mae gan yr holiadur hwn # phroblem} many {Mae gan yr holiadur hwn # problem} other {Mae gan yr holiadur hwn # problem}}, felly chafodd e ddim ei ychwanegu.',
  'error.WM_MEASURE_IN_LIBRARY':
    'Mae gan eich llyfrgell "{url}" fersiwn {version} yn barod. I ychwanegu copi wedi’i newid, rhowch fersiwn newydd iddo.',
  'error.WM_MY_CARE_TOO_MANY':
    'Gallwch chi ofyn am hyd at {max} eitem. Stopiwch ofyn am un cyn ychwanegu un arall.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'Byddai’r adroddiad hwn yn cyfrif llai na {smallest} o bobl. Gallai cyn lleied bwyntio at un person, felly dydy e ddim yn cael ei ddangos. Dewiswch fwy o dimau neu gyfnod hirach.',
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'Mae’r adroddiad yn gorffen cyn iddo ddechrau. Dewiswch fis gorffen sydd yr un fath â’r mis dechrau neu ar ei ôl.',
  'error.WM_REPORT_PERSON_LEVEL':
    'Dim ond grwpiau o bobl mae adroddiadau’n eu dangos, byth un person. Gofynnwch am y tîm neu’r gwasanaeth cyfan yn lle hynny.',
} satisfies Words;
