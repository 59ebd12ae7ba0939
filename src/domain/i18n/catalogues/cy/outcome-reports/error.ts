import type { Words } from '../../../translate.ts';

export default {
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'Mae’r mis olaf cyn y mis cyntaf. Dewiswch fis olaf sydd yr un fath â’r cyntaf neu ar ei ôl.',
  'error.WM_REPORT_PERIOD_TOO_LONG':
    'Gall adroddiad gwmpasu hyd at {max} mis. Dewiswch gyfnod byrrach.',
  'error.WM_REPORT_PERSON_LEVEL':
    'Dim ond cyfansymiau ar gyfer grwpiau o bobl mae adroddiad yn eu dangos. Dydy e byth yn dangos un person ar ei ben ei hun.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'Mae llai na {min} o bobl yn cael eu cyfrif yma. I’w cadw’n breifat, dydyn ni ddim yn dangos adroddiad mor fach. Dewiswch gyfnod hirach neu grŵp mwy.',
} satisfies Words;
