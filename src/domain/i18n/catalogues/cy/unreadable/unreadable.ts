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
    'Doedd dim modd dangos {count, plural, zero {# maes bywyd} one {# maes bywyd} two {# faes bywyd} few {# maes bywyd} many {# maes bywyd} other {# maes bywyd}}.',
  'unreadable.goal':
    'Doedd dim modd dangos {count, plural, zero {# nod} one {# nod} two {# nod} few {# nod} many {# nod} other {# nod}}.',
  'unreadable.note':
    'Doedd dim modd dangos {count, plural, zero {# nodyn} one {# nodyn} two {# nodyn} few {# nodyn} many {# nodyn} other {# nodyn}}.',
  'unreadable.contact':
    'Doedd dim modd dangos {count, plural, zero {# person neu wasanaeth} one {# person neu wasanaeth} two {# berson neu wasanaeth} few {# pherson neu wasanaeth} many {# pherson neu wasanaeth} other {# person neu wasanaeth}} yn eich rhwydwaith cymorth.',
  'unreadable.version':
    'Doedd dim modd dangos {count, plural, zero {# fersiwn} one {# fersiwn} two {# fersiwn} few {# fersiwn} many {# fersiwn} other {# fersiwn}}.',
  'unreadable.reason.tooNew':
    '{count, plural, zero {Cawson nhw eu cadw} one {Cafodd ei gadw} two {Cawson nhw eu cadw} few {Cawson nhw eu cadw} many {Cawson nhw eu cadw} other {Cawson nhw eu cadw}} gan fersiwn fwy newydd o Waymark; does dim byd wedi’i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'unreadable.reason.damaged':
    '{count, plural, zero {Mae’r hyn a gadwyd wedi’i ddifrodi} one {Mae’r hyn a gadwyd wedi’i ddifrodi} two {Mae’r hyn a gadwyd wedi’i ddifrodi} few {Mae’r hyn a gadwyd wedi’i ddifrodi} many {Mae’r hyn a gadwyd wedi’i ddifrodi} other {Mae’r hyn a gadwyd wedi’i ddifrodi}}; does dim byd wedi’i ddileu.',
  'unreadable.reason.either':
    '{count, plural, zero {Cawson nhw eu cadw} one {Cafodd ei gadw} two {Cawson nhw eu cadw} few {Cawson nhw eu cadw} many {Cawson nhw eu cadw} other {Cawson nhw eu cadw}} gan fersiwn fwy newydd o Waymark, neu {count, plural, zero {maen nhw wedi’u difrodi} one {mae wedi’i ddifrodi} two {maen nhw wedi’u difrodi} few {maen nhw wedi’u difrodi} many {maen nhw wedi’u difrodi} other {maen nhw wedi’u difrodi}}. Does dim byd wedi’i ddileu.',
  'unreadable.history':
    'Mae fersiynau cynharach yn {count, plural, zero {eu} one {ei} two {eu} few {eu} many {eu} other {eu}} hanes.',
} satisfies Words;
