import type { Words } from '../../../translate.ts';

export default {
  'supporting.noticesHeading': 'Newidiadau',
  'supporting.notice.stopped': 'Stopiodd {name} rannu gyda chi ar {date}.',
  'supporting.notice.changed': 'Newidiodd {name} beth maen nhw’n ei rannu gyda chi ({date}).',
  'supporting.role.family': 'teulu',
  'supporting.role.friend': 'ffrind',
  'supporting.role.carer': 'gofalwr',
  'supporting.role.peer_supporter': 'cefnogwr cymheiriaid',
  'supporting.role.practitioner': 'ymarferydd',
  'supporting.role.other': 'cefnogwr',
} satisfies Words;
