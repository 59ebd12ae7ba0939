import type { Words } from '../../../translate.ts';

export default {
  'supporting.noticesHeading': 'Zmiany',
  'supporting.notice.stopped': '{name} już niczego nie udostępnia (od: {date}).',
  'supporting.notice.changed': '{name} zmienia to, co udostępnia ({date}).',
  'supporting.role.family': 'rodzina',
  'supporting.role.friend': 'przyjaciel/przyjaciółka',
  'supporting.role.carer': 'opiekun/opiekunka',
  'supporting.role.peer_supporter': 'asystent/asystentka zdrowienia',
  'supporting.role.practitioner': 'specjalista/specjalistka',
  'supporting.role.other': 'osoba wspierająca',
} satisfies Words;
