import type { Words } from '../../../translate.ts';

export default {
  'passkey.title': 'Allweddi mynediad',
  'passkey.intro':
    'Mae allwedd mynediad yn gadael i’ch ffôn, cyfrifiadur neu allwedd ddiogelwch ddangos mai chi sydd yno. Rydych chi’n defnyddio eich ôl bys, eich wyneb neu glo’r sgrin. Ar ôl i chi ychwanegu un, bydd mewngofnodi’n gofyn amdani ar ôl eich cyfrinair.',
  'passkey.staffMay':
    'Mae allwedd mynediad yn cyfrif fel eich ail gam, yn lle’r ap neu yn ogystal ag ef.',
  'passkey.keepAnother':
    'Os byddwch chi’n colli’r ddyfais sydd â’ch allwedd mynediad, all hi ddim eich helpu i fewngofnodi. Felly ychwanegwch allwedd mynediad ar ail ddyfais hefyd, neu gosodwch fewngofnodi dau gam gydag ap hefyd.',
  'passkey.none': 'Dydych chi ddim wedi ychwanegu allwedd mynediad.',
  'passkey.listTitle': 'Eich allweddi mynediad',
  'passkey.addedOn': 'Ychwanegwyd {date}',
  'passkey.lastUsed': 'Defnyddiwyd ddiwethaf {date}',
  'passkey.notUsed': 'Heb ei defnyddio eto',
  'passkey.name': 'Enw ar gyfer yr allwedd mynediad hon',
  'passkey.nameHint': 'Er mwyn i chi allu gwahaniaethu rhwng eich allweddi mynediad, fel Fy ffôn.',
  'passkey.add': 'Ychwanegu allwedd mynediad',
  'passkey.added':
    'Mae’r allwedd mynediad {name} wedi’i hychwanegu. Bydd gofyn i chi amdani pan fyddwch chi’n mewngofnodi.',
  'passkey.remove': 'Tynnu',
  'passkey.removeTitle': 'Tynnu’r allwedd mynediad {name}',
  'passkey.removeIntro': 'Rhowch eich cyfrinair i dynnu’r allwedd mynediad hon.',
  'passkey.password': 'Cyfrinair presennol',
  'passkey.cancel': 'Canslo',
  'passkey.removed': 'Mae’r allwedd mynediad {name} wedi’i thynnu.',
  'passkey.notSupported':
    'All y porwr hwn ddim gwneud na defnyddio allweddi mynediad. Rhowch gynnig ar borwr arall, neu defnyddiwch fewngofnodi dau gam gydag ap.',
  'passkey.notMade':
    'Chafodd dim allwedd mynediad ei gwneud. Os ydych chi eisiau ychwanegu un, rhowch gynnig arall arni.',
  'passkey.signIn.title': 'Dangoswch mai chi sydd yno',
  'passkey.signIn.intro':
    'Bydd eich porwr yn gofyn am yr allwedd mynediad a ychwanegoch chi ar gyfer Waymark. Defnyddiwch eich ôl bys, eich wyneb, clo’r sgrin neu allwedd ddiogelwch.',
  'passkey.signIn.use': 'Defnyddio allwedd mynediad',
  'passkey.signIn.orCode': 'Neu rhowch y cod o’ch ap',
  'passkey.signIn.notUsed':
    'Chafodd yr allwedd mynediad mo’i defnyddio. Rhowch gynnig arall arni, neu defnyddiwch ffordd arall o fewngofnodi.',
  'passkey.signIn.notSupported':
    'All y porwr hwn ddim defnyddio allweddi mynediad. Mewngofnodwch gyda phorwr sy’n gallu, neu defnyddiwch y cod o’ch ap os oes gennych chi un.',
  'passkey.appOff': 'Eich allwedd mynediad yw eich ail gam. Gallwch chi osod ap hefyd.',
} satisfies Words;
