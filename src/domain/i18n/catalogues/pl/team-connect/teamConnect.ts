import type { Words } from '../../../translate.ts';

export default {
  'teamConnect.title': 'Połącz się z zespołem',
  'teamConnect.intro':
    'Jeśli pomaga Ci jakaś placówka, jej zespół może dać Ci kod. Ty wybierasz, co zespół widzi. Możesz to zmienić lub odejść w każdej chwili.',
  'teamConnect.code': 'Kod zespołu',
  'teamConnect.codeHint': 'Wpisz kod, który dał Ci zespół.',
  'teamConnect.codeMissing': 'Wpisz kod zespołu.',
  'teamConnect.find': 'Znajdź zespół',
  'teamConnect.found': 'Ten kod należy do zespołu {team} w: {service}.',
  'teamConnect.sections': 'Co może widzieć {team}?',
  'teamConnect.sectionsHint':
    'Za każdym razem, gdy ktoś z zespołu zajrzy, Twoja strona aktywności pokaże jego imię.',
  'teamConnect.confirm': 'Połącz się z zespołem',
  'teamConnect.cancel': 'Anuluj',
  'teamConnect.connected': 'Masz teraz połączenie z: {team}.',
  'teamConnect.teamOf': 'Zespół w: {service}',
  'teamConnect.leave': 'Odejdź z: {team}',
  'teamConnect.leaveQuestion':
    'Odejść z: {team}? Zespół od razu przestanie widzieć Twój zapis. Zachowujesz wszystko.',
  'teamConnect.leaveConfirm': 'Tak, odejdź z zespołu',
  'teamConnect.leaveService': 'Odejdź z: {service}',
  'teamConnect.leaveServiceQuestion':
    'Odejść z: {service}? Od teraz żaden z jej zespołów nie zobaczy Twojego zapisu. Zachowujesz wszystko.',
  'teamConnect.leaveServiceConfirm': 'Tak, odejdź',
  'teamConnect.left': 'Odeszłaś/odszedłeś z: {name}.',
} satisfies Words;
