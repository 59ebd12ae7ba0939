import type { Words } from '../../../translate.ts';

export default {
  'history.title': 'Fersiynau cynharach: {name}',
  'history.intro':
    'Mae pob newid yn cael ei gadw. Gallwch chi ddod â fersiwn gynharach yn ôl: mae’n cael ei chadw fel fersiwn newydd, felly does dim byd yn cael ei golli.',
  'history.version': 'Fersiwn {version}',
  'history.when': 'Cadwyd {when}',
  'history.by': 'Ysgrifennwyd gan {author}',
  'history.agreedBy': 'Cytunwyd gan {author}',
  'history.you': 'chi',
  'history.restore': 'Dod â fersiwn {version} yn ôl',
  'history.restored': 'Mae fersiwn {version} yn ôl. Cafodd ei chadw fel fersiwn newydd.',
  'history.current': 'Dyma’r fersiwn bresennol',
  'history.action.create': 'Wedi’i greu',
  'history.action.update': 'Wedi’i newid',
  'history.action.delete': 'Wedi’i ddileu',
  'history.action.restore': 'Wedi’i adfer',
  'history.empty': 'Does dim byd wedi’i gadw eto.',
  'history.goalName': '“{title}”',
  'history.showWords': 'Beth oedd fersiwn {version} yn ei ddweud',
  'history.someoneElse': 'rhywun arall',
  'history.role.person': 'y person',
  'history.role.supporter': 'cefnogwr',
  'history.role.practitioner': 'ymarferydd',
  'history.role.service_admin': 'gweinyddwr gwasanaeth',
  'history.changed':
    'Mae hyn wedi newid yn rhywle arall, felly mae’r rhestr wedi’i diweddaru. Gwiriwch hi a rhowch gynnig arall arni.',
  'history.back': 'Yn ôl i {name}',
} satisfies Words;
