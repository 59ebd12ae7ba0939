import type { Words } from '../../../translate.ts';

export default {
  'drafts.restored':
    'Mae gennych chi newidiadau yma dydych chi ddim wedi’u cadw eto, o {when}. Maen nhw’n cael eu cadw yn y tab hwn nes i chi eu cadw, eu taflu neu allgofnodi.',
  'drafts.restoredInMemory':
    'Mae gennych chi eiriau yma dydych chi ddim wedi’u cadw eto. Maen nhw’n cael eu cadw dim ond nes i chi allgofnodi, ail-lwytho neu gau’r tab hwn.',
  'drafts.discard': 'Taflu’r newidiadau hyn',
  'drafts.discarded':
    'Mae eich newidiadau wedi’u taflu. Rydych chi’n edrych ar beth sydd wedi’i gadw.',
  'drafts.leave.title': 'Dydych chi ddim wedi cadw eich newidiadau',
  'drafts.leave.kept':
    'Os byddwch chi’n gadael y dudalen hon, bydd eich newidiadau’n cael eu cadw yn y tab hwn nes i chi allgofnodi neu ei gau. Gallwch chi ddod yn ôl a’u cadw.',
  'drafts.leave.keptInMemory':
    'Os byddwch chi’n gadael y dudalen hon, bydd eich geiriau’n cael eu cadw dim ond nes i chi allgofnodi, ail-lwytho neu gau’r tab hwn. Dydyn nhw ddim yn cael eu cadw ar y ddyfais hon.',
  'drafts.leave.signOut':
    'Os byddwch chi’n allgofnodi nawr, bydd y newidiadau dydych chi ddim wedi’u cadw yn cael eu colli.',
  'drafts.leave.stay': 'Aros ar y dudalen hon',
  'drafts.leave.go': 'Gadael am y tro',
  'drafts.leave.signOutAnyway': 'Allgofnodi beth bynnag',
} satisfies Words;
