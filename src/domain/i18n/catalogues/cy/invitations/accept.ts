import type { Words } from '../../../translate.ts';

export default {
  'accept.title': 'Mae {name} yn eich gwahodd i weld eu cofnod',
  'accept.as': 'Maen nhw’n eich adnabod fel {knownAs} ({role}).',
  'accept.sections': 'Byddech chi’n gallu darllen:',
  'accept.nothing': 'Dim adrannau eto. Gall {name} rannu mwy gyda chi yn nes ymlaen.',
  'accept.until': 'Mae eich mynediad yn dod i ben ar ôl {date}.',
  'accept.readOnly':
    'Gallwch chi ddarllen y rhannau hyn ond nid eu newid. Gall {name} stopio rhannu unrhyw bryd.',
  'accept.expires': 'Mae’r gwahoddiad hwn yn gweithio tan {when}.',
  'accept.accept': 'Derbyn',
  'accept.notNow': 'Ddim nawr',
  'accept.gone.title': 'Dydy’r gwahoddiad hwn ddim yn gweithio',
  'accept.gone.body':
    'Efallai ei fod wedi cael ei ddefnyddio’n barod, wedi’i dynnu’n ôl, neu wedi dod i ben. Gofynnwch i’r person a’ch gwahoddodd am un newydd.',
  'accept.code.title': 'Oes gennych chi god?',
  'accept.code.label': 'Cod gwahoddiad',
  'accept.code.hint': 'Y cod a gafodd ei ddarllen i chi neu ei anfon atoch chi, fel K7P-M3Q-X9T-W.',
  'accept.code.submit': 'Parhau',
  'accept.code.required': 'Rhowch y cod a gawsoch chi',
  'accept.accepted': 'Mae {name} nawr yn rhannu rhan o’u cofnod gyda chi.',
} satisfies Words;
