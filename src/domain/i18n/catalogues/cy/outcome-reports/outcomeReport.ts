import type { Words } from '../../../translate.ts';

export default {
  'outcomeReport.title': 'Canlyniadau',
  'outcomeReport.link': 'Gweld canlyniadau',
  'outcomeReport.intro':
    'Sut mae pobl yn dod ymlaen, fel cyfansymiau ar gyfer grŵp. Dim ond pobl a ddywedodd ie sy’n cael eu cyfrif. Does neb yn cael ei enwi.',
  'outcomeReport.choose': 'Dewiswch beth i’w weld',
  'outcomeReport.from': 'Mis cyntaf',
  'outcomeReport.to': 'Mis olaf',
  'outcomeReport.monthHint': 'Er enghraifft, 2026-03',
  'outcomeReport.team': 'Tîm',
  'outcomeReport.wholeService': 'Y gwasanaeth cyfan',
  'outcomeReport.show': 'Dangos canlyniadau',
  'outcomeReport.download': 'Lawrlwytho fel CSV',
  'outcomeReport.hidden':
    'Mae * yn golygu llai na {min} o bobl. Rydyn ni’n cuddio niferoedd bach i gadw pobl yn breifat.',
  'outcomeReport.rounded': 'Mae niferoedd eraill o bobl wedi’u talgrynnu i’r {roundTo} agosaf.',
  'outcomeReport.totals': 'Cyfansymiau',
  'outcomeReport.lifeAreas': 'Meysydd bywyd',
  'outcomeReport.checkins': 'Cofnodion',
  'outcomeReport.measures': 'Holiaduron',
  'outcomeReport.higherBetter': 'Mae gwerth uwch yn well.',
  'outcomeReport.lowerBetter': 'Mae sgôr is yn well.',
  'outcomeReport.noPairs':
    'Does gan neb sy’n cael ei gyfrif yma werth cyntaf a gwerth diweddaraf eto.',
  'outcomeReport.chart.title': 'Faint o bobl oedd â phob gwerth',
  'outcomeReport.chart.value': 'Gwerth',
  'outcomeReport.chart.first': 'Ar y dechrau',
  'outcomeReport.chart.latest': 'Diweddaraf',
  'outcomeReport.reliable.title': 'Newid dibynadwy: {points} pwynt neu fwy',
  'outcomeReport.recovery.title': 'Gwella: o {atOrAbove} neu fwy ar y dechrau i lai na hynny',
  'outcomeReport.source': 'O ble daw hyn: {source}',
  'outcomeReport.percent': '{value}%',
  'outcomeReport.notAllowed':
    'Dim ond gweinyddwr y gwasanaeth ac arweinwyr timau sy’n gallu gweld canlyniadau. Gofynnwch i weinyddwr eich gwasanaeth os oes eu hangen arnoch.',
  'outcomeReport.noTeams':
    'Dydych chi ddim yn arwain tîm, felly does dim canlyniadau i chi eu gweld.',
  'outcomeReport.lead.make': 'Gwneud {name} yn arweinydd {team}',
  'outcomeReport.lead.stop': 'Stopio {name} rhag bod yn arweinydd {team}',
  'outcomeReport.lead.made': 'Mae {name} nawr yn arwain {team} ac yn gallu gweld ei ganlyniadau.',
  'outcomeReport.lead.stopped': 'Dydy {name} ddim yn arwain {team} mwyach.',
  'outcomeReport.lead.tag': '{team} (arweinydd)',
} satisfies Words;
