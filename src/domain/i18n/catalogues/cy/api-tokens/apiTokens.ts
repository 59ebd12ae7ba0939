import type { Words } from '../../../translate.ts';

export default {
  'apiTokens.heading': 'Apiau a gwasanaethau sy’n darllen eich cofnod',
  'apiTokens.intro':
    'Gallwch chi adael i ap neu wasanaeth ddarllen rhannau o’ch cofnod. Rydych chi’n rhoi allwedd iddo. Gyda’r allwedd mae’n gallu darllen, ond byth newid dim. Gallwch chi dynnu’r allwedd yn ôl unrhyw bryd.',
  'apiTokens.formHeading': 'Rhoi allwedd newydd',
  'apiTokens.name': 'Enw’r ap neu’r gwasanaeth',
  'apiTokens.nameHint': 'Er mwyn i chi wybod pwy sydd â hi. Er enghraifft: Fy ap iechyd.',
  'apiTokens.nameRequired': 'Rhowch enw i’r ap neu’r gwasanaeth.',
  'apiTokens.what': 'Beth gall ei ddarllen',
  'apiTokens.whatHint':
    'Mae’n gweld eich enw bob amser. Dydy e byth yn gweld eich dyddiadur, na’r pethau rydych chi’n eu cadw i chi’ch hun yn unig.',
  'apiTokens.group.goals': 'Eich nodau',
  'apiTokens.group.plans': 'Eich cynlluniau',
  'apiTokens.group.network': 'Eich rhwydwaith cymorth',
  'apiTokens.group.checkins': 'Eich gwiriadau lles a’ch mesurau',
  'apiTokens.group.about_me': 'Amdanaf i',
  'apiTokens.group.everything': 'Y rhain i gyd',
  'apiTokens.scopesRequired': 'Dewiswch o leiaf un peth gall ei ddarllen.',
  'apiTokens.scopeInvalid':
    'Dim ond darllen a chwilio mae allwedd yn gallu ei wneud, fel patient/Goal.rs.',
  'apiTokens.endsOn': 'Y diwrnod olaf mae’n gweithio',
  'apiTokens.endsOnHint': 'Hyd at flwyddyn o heddiw.',
  'apiTokens.create': 'Creu’r allwedd',
  'apiTokens.madeHeading': 'Eich allwedd newydd i {name}',
  'apiTokens.madeIntro':
    'Copïwch yr allwedd hon nawr a’i rhoi i {name}. Fyddwn ni ddim yn ei dangos eto.',
  'apiTokens.madeGuide':
    'Cadwch hi’n ddiogel, fel cyfrinair. Gall unrhyw un sydd â hi ddarllen beth wnaethoch chi ei ddewis tan {date}.',
  'apiTokens.keyLabel': 'Yr allwedd',
  'apiTokens.copy': 'Copïo’r allwedd',
  'apiTokens.copied': 'Mae’r allwedd wedi’i chopïo.',
  'apiTokens.copyByHand': 'Mae’r allwedd wedi’i dewis. Copïwch hi eich hun.',
  'apiTokens.done': 'Rydw i wedi’i chopïo',
  'apiTokens.listHeading': 'Allweddi rydych chi wedi’u rhoi',
  'apiTokens.empty': 'Dydych chi ddim wedi rhoi unrhyw allweddi eto.',
  'apiTokens.reads': 'Yn darllen: {list}',
  'apiTokens.made': 'Wedi’i chreu ar {date}',
  'apiTokens.ends': 'Yn gweithio tan {date}',
  'apiTokens.lastUsed': 'Defnyddiwyd ddiwethaf ar {date}',
  'apiTokens.neverUsed': 'Heb ei defnyddio eto',
  'apiTokens.status.revoked': 'Wedi’i thynnu’n ôl',
  'apiTokens.status.ended': 'Wedi dod i ben',
  'apiTokens.revoke': 'Tynnu’r allwedd yn ôl',
  'apiTokens.revokeFor': 'Tynnu’r allwedd i {name} yn ôl',
  'apiTokens.revokeQuestion':
    'Bydd {name} yn stopio darllen eich cofnod ar unwaith. Tynnu’r allwedd yn ôl?',
  'apiTokens.revokeYes': 'Ie, ei thynnu’n ôl',
  'apiTokens.revoked': 'Dydy’r allwedd i {name} ddim yn gweithio mwyach.',
} satisfies Words;
