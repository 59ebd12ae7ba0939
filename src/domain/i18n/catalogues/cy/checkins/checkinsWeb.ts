import type { Words } from '../../../translate.ts';

export default {
  'checkinsWeb.title': 'Gwiriad lles',
  'checkinsWeb.intro':
    'Sut mae pethau heddiw? Dewiswch rif ar gyfer pob un. Gallwch chi hepgor unrhyw un ohonyn nhw.',
  'checkinsWeb.scaleHint': 'Mae {min} yn golygu {low}. Mae {max} yn golygu {high}.',
  'checkinsWeb.low': 'gwael iawn',
  'checkinsWeb.high': 'da iawn',
  'checkinsWeb.noScales':
    'Dydych chi ddim yn defnyddio unrhyw raddfeydd ar hyn o bryd. Gallwch chi ddewis rhai yng ngosodiadau eich gwiriad lles.',
  'checkinsWeb.signsLegend': 'Eich arwyddion rhybudd cynnar',
  'checkinsWeb.signsHint': 'Ydy hyn yn digwydd? Ticiwch unrhyw rai sydd yn digwydd.',
  'checkinsWeb.note': 'Unrhyw beth rydych chi am ei ychwanegu (dewisol)',
  'checkinsWeb.noteHint':
    'Pam rhoesoch chi’r sgôr hon, yn eich geiriau eich hun. Hyd at {max} cymeriad.',
  'checkinsWeb.forMeOnly': 'I mi yn unig',
  'checkinsWeb.forMeOnlyHint': 'Dydy hyn byth yn cael ei gyfrif mewn adroddiad i’ch gwasanaeth.',
  'checkinsWeb.save': 'Cadw fy ngwiriad lles',
  'checkinsWeb.savedAt': 'Cadwyd y gwiriad lles am {time}.',
  'checkinsWeb.seeCharts': 'Gweld sut rydw i’n dod ymlaen',
  'checkinsWeb.plannedTitle': 'Beth wnaethoch chi ei gynllunio ar gyfer hyn',
  'checkinsWeb.plannedIntro':
    'Fe ddywedoch chi fod hyn yn digwydd. Dyma beth roeddech chi’n bwriadu ei wneud pan fydd yn digwydd.',
  'checkinsWeb.plannedNone': 'Dydy’r arwydd hwn ddim yn eich cynllun cadw’n iach bellach.',
  'checkinsWeb.plannedPlanLink': 'Agor fy nghynllun cadw’n iach',
  'checkinsWeb.settingsLink': 'Dewis fy ngraddfeydd a fy nodiadau atgoffa',
  'checkinsWeb.settingsTitle': 'Gosodiadau’r gwiriad lles',
  'checkinsWeb.settingsIntro':
    'Dewiswch beth sy’n cael ei ofyn i chi yn eich gwiriad lles, a pha mor aml rydych chi’n cael eich atgoffa.',
  'checkinsWeb.backToCheckIn': 'Yn ôl i’r gwiriad lles',
  'checkinsWeb.scalesLegend': 'Graddfeydd i’w defnyddio',
  'checkinsWeb.scalesHint':
    'Ticiwch y rhai rydych chi am gael eich holi amdanyn nhw. Mae rhifau o 1 i 7 yn gynt; mae 0 i 10 yn rhoi mwy o fanylion.',
  'checkinsWeb.rangeFor': 'Rhifau ar gyfer {name}',
  'checkinsWeb.range.1-7': '1 i 7',
  'checkinsWeb.range.0-10': '0 i 10',
  'checkinsWeb.newScaleLegend': 'Ychwanegu eich graddfa eich hun',
  'checkinsWeb.newScaleName': 'Enw eich graddfa',
  'checkinsWeb.newScaleHint': 'Er enghraifft, “Teimlo’n rhan o bethau” neu “Poen”.',
  'checkinsWeb.newScaleRange': 'Rhifau ar gyfer eich graddfa',
  'checkinsWeb.addScale': 'Ychwanegu’r raddfa hon',
  'checkinsWeb.reminderLegend': 'Pa mor aml rydych chi eisiau gwneud gwiriad lles?',
  'checkinsWeb.reminderHint': 'Bydd eich hafan yn dangos pryd mae gwiriad lles yn ddyledus.',
  'checkinsWeb.promptsLegend': 'Arwyddion rhybudd cynnar i holi amdanyn nhw',
  'checkinsWeb.promptsHint':
    'Mae’r rhain yn dod o’ch cynllun cadw’n iach. Ticiwch y rhai rydych chi am gael eich holi amdanyn nhw yn eich gwiriad lles.',
  'checkinsWeb.noSigns':
    'Dydych chi ddim wedi ysgrifennu unrhyw arwyddion rhybudd cynnar yn eich cynllun cadw’n iach eto.',
  'checkinsWeb.saveSettings': 'Cadw fy ngosodiadau',
  'checkinsWeb.dueTitle': 'Beth sy’n ddyledus',
  'checkinsWeb.dueNow': 'Mae gwiriad lles yn ddyledus heddiw.',
  'checkinsWeb.checkInNow': 'Gwneud gwiriad lles nawr',
  'checkinsWeb.dueNext': 'Mae eich gwiriad lles nesaf yn ddyledus ar {date}.',
  'checkinsWeb.dueNothing': 'Does dim byd yn ddyledus.',
  'checkinsWeb.checkInAnyTime': 'Gwneud gwiriad lles unrhyw bryd',
} satisfies Words;
