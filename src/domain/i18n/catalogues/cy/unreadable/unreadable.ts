import type { Words } from '../../../translate.ts';

export default {
  'unreadable.versionsStillHere':
    'Gallwch chi ddal i ddod ag unrhyw fersiwn sy’n cael ei dangos isod yn ôl.',
  'unreadable.historyOf.lifeArea': 'Fersiynau cynharach o’r maes bywyd a gadwyd ddiwethaf {when}',
  'unreadable.historyOf.goal': 'Fersiynau cynharach o’r nod a gadwyd ddiwethaf {when}',
  'unreadable.historyOf.note': 'Fersiynau cynharach o’r nodyn a gadwyd ddiwethaf {when}',
  'unreadable.historyOf.contact': 'Fersiynau cynharach o’r cyswllt a gadwyd ddiwethaf {when}',
  'unreadable.versionSaved': 'Fersiwn {version}, cadwyd {when}',
  'unreadable.openHistory': 'Gweld fersiynau cynharach',
  'unreadable.planCard':
    'Does dim modd dangos y cynllun hwn ar hyn o bryd. Does dim byd wedi’i ddileu.',
  'unreadable.lifeArea':
    '{count, plural, zero {Doedd dim modd dangos # maes bywyd.} one {Doedd dim modd dangos # maes bywyd.} two {Doedd dim modd dangos # faes bywyd.} few {Doedd dim modd dangos # maes bywyd.} many {Doedd dim modd dangos # maes bywyd.} other {Doedd dim modd dangos # maes bywyd.}}',
  'unreadable.goal':
    '{count, plural, zero {Doedd dim modd dangos # nod.} one {Doedd dim modd dangos # nod.} two {Doedd dim modd dangos # nod.} few {Doedd dim modd dangos # nod.} many {Doedd dim modd dangos # nod.} other {Doedd dim modd dangos # nod.}}',
  'unreadable.note':
    '{count, plural, zero {Doedd dim modd dangos # nodyn.} one {Doedd dim modd dangos # nodyn.} two {Doedd dim modd dangos # nodyn.} few {Doedd dim modd dangos # nodyn.} many {Doedd dim modd dangos # nodyn.} other {Doedd dim modd dangos # nodyn.}}',
  'unreadable.contact':
    '{count, plural, zero {Doedd dim modd dangos # person neu wasanaeth yn eich rhwydwaith cymorth.} one {Doedd dim modd dangos # person neu wasanaeth yn eich rhwydwaith cymorth.} two {Doedd dim modd dangos # berson neu wasanaeth yn eich rhwydwaith cymorth.} few {Doedd dim modd dangos # pherson neu wasanaeth yn eich rhwydwaith cymorth.} many {Doedd dim modd dangos # pherson neu wasanaeth yn eich rhwydwaith cymorth.} other {Doedd dim modd dangos # person neu wasanaeth yn eich rhwydwaith cymorth.}}',
  'unreadable.version':
    '{count, plural, zero {Doedd dim modd dangos # fersiwn.} one {Doedd dim modd dangos # fersiwn.} two {Doedd dim modd dangos # fersiwn.} few {Doedd dim modd dangos # fersiwn.} many {Doedd dim modd dangos # fersiwn.} other {Doedd dim modd dangos # fersiwn.}}',
  'unreadable.reason.tooNew':
    '{count, plural, zero {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.} one {Cafodd ei gadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.} two {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.} few {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.} many {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.} other {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.}}',
  'unreadable.reason.damaged':
    '{count, plural, zero {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.} one {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.} two {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.} few {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.} many {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.} other {Mae’r hyn a gadwyd wedi’i ddifrodi; does dim byd wedi’i ddileu.}}',
  'unreadable.reason.either':
    '{count, plural, zero {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark, neu maen nhw wedi’u difrodi; does dim byd wedi’i ddileu.} one {Cafodd ei gadw gan fersiwn fwy newydd o Waymark, neu mae wedi’i ddifrodi; does dim byd wedi’i ddileu.} two {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark, neu maen nhw wedi’u difrodi; does dim byd wedi’i ddileu.} few {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark, neu maen nhw wedi’u difrodi; does dim byd wedi’i ddileu.} many {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark, neu maen nhw wedi’u difrodi; does dim byd wedi’i ddileu.} other {Cawson nhw eu cadw gan fersiwn fwy newydd o Waymark, neu maen nhw wedi’u difrodi; does dim byd wedi’i ddileu.}}',
  'unreadable.history':
    '{count, plural, zero {Mae fersiynau cynharach yn eu hanes.} one {Mae fersiynau cynharach yn ei hanes.} two {Mae fersiynau cynharach yn eu hanes.} few {Mae fersiynau cynharach yn eu hanes.} many {Mae fersiynau cynharach yn eu hanes.} other {Mae fersiynau cynharach yn eu hanes.}}',
} satisfies Words;
