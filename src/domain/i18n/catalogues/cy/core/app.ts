import type { Words } from '../../../translate.ts';

export default {
  'app.name': 'Waymark',
  'app.skipToContent': 'Neidio i’r prif gynnwys',
  'app.loading': 'Wrthi’n llwytho…',
  'app.loadFailed':
    'Mae’n ddrwg gennym, doedd dim modd llwytho’r dudalen hon. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'app.tryAgain': 'Rhoi cynnig arall arni',
  'app.notFound.title': 'Heb ddod o hyd i’r dudalen',
  'app.notFound.body':
    'Doedden ni ddim yn gallu dod o hyd i’r dudalen honno. Efallai ei bod wedi symud.',
  'app.backHome': 'Mynd i hafan fy adferiad',
  'app.title': '{title} – Waymark',
  'app.titleError': 'Gwall: {title} – Waymark',
  'app.quoted': '“{text}”',
} satisfies Words;
