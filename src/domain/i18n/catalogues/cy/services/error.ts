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
} satisfies Words;
