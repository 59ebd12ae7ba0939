import type { Words } from '../../../translate.ts';

export default {
  'teamConnect.title': 'Cysylltu â thîm',
  'teamConnect.intro':
    'Os yw gwasanaeth yn eich helpu, gall ei dîm roi cod i chi. Chi sy’n dewis beth mae’r tîm yn ei weld. Gallwch ei newid, neu adael, unrhyw bryd.',
  'teamConnect.code': 'Cod y tîm',
  'teamConnect.codeHint': 'Teipiwch y cod a roddodd y tîm i chi.',
  'teamConnect.codeMissing': 'Rhowch god y tîm.',
  'teamConnect.find': 'Dod o hyd i’r tîm',
  'teamConnect.found': 'Mae’r cod hwn ar gyfer {team}, rhan o {service}.',
  'teamConnect.sections': 'Beth gall {team} ei weld?',
  'teamConnect.sectionsHint':
    'Bob tro mae rhywun yn y tîm yn edrych, mae eich tudalen gweithgarwch yn dangos ei enw.',
  'teamConnect.confirm': 'Cysylltu â’r tîm',
  'teamConnect.cancel': 'Canslo',
  'teamConnect.connected': 'Rydych chi bellach wedi cysylltu â {team}.',
  'teamConnect.teamOf': 'Tîm yn {service}',
  'teamConnect.leave': 'Gadael {team}',
  'teamConnect.leaveQuestion':
    'Gadael {team}? Bydd y tîm yn stopio gweld eich cofnod ar unwaith. Rydych chi’n cadw popeth.',
  'teamConnect.leaveConfirm': 'Ydw, gadael y tîm',
  'teamConnect.leaveService': 'Gadael {service}',
  'teamConnect.leaveServiceQuestion':
    'Gadael {service}? Ni fydd unrhyw un o’i dimau’n gweld eich cofnod o hyn ymlaen. Rydych chi’n cadw popeth.',
  'teamConnect.leaveServiceConfirm': 'Ydw, gadael',
  'teamConnect.left': 'Rydych chi wedi gadael {name}.',
} satisfies Words;
