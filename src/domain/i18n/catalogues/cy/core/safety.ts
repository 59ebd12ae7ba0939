import type { Words } from '../../../translate.ts';

export default {
  'safety.title': 'Defnyddio Waymark yn ddiogel',
  'safety.quickExit':
    'Os gallai rhywun weld eich sgrin, defnyddiwch “Gadael y dudalen hon” ar frig pob tudalen, neu pwyswch y fysell Shift 3 gwaith. Bydd gwefan bob dydd yn cymryd lle Waymark ar unwaith. Byddwch chi’n aros wedi mewngofnodi, felly gallwch chi ddod yn ôl yn gyflym.',
  'safety.back':
    'Bydd y botwm Yn ôl wedyn yn mynd i’r dudalen roeddech chi arni cyn Waymark. Efallai y bydd tudalennau Waymark yn dal i fod yn rhestr hanes y porwr hwn.',
  'safety.private':
    'Ar ddyfais mae rhywun arall yn ei defnyddio, agorwch Waymark mewn ffenestr breifat neu incognito. Pan fyddwch chi’n ei chau, bydd y porwr yn anghofio’r tudalennau rydych chi wedi ymweld â nhw.',
  'safety.history':
    'Fel arall, allgofnodwch pan fyddwch chi’n gorffen. Yna cliriwch hanes y porwr hwn ar gyfer Waymark. Chwiliwch yng nghymorth y porwr am “clirio hanes pori” i gael gwybod sut.',
} satisfies Words;
