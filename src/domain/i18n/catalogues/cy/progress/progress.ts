import type { Words } from '../../../translate.ts';

export default {
  'progress.periodLegend': 'Pa mor bell yn ôl i’w ddangos',
  'progress.periodHint':
    'Mae hyn ar gyfer gwiriadau lles a sgoriau meysydd bywyd. Rydych chi bob amser yn gweld eich holl sgoriau holiadur.',
  'progress.period.3m': '3 mis',
  'progress.period.1y': '1 flwyddyn',
  'progress.period.all': 'Y cyfan',
  'progress.showing.3m': 'Yn dangos y 3 mis diwethaf.',
  'progress.showing.1y': 'Yn dangos y flwyddyn ddiwethaf.',
  'progress.showing.all': 'Yn dangos popeth.',
  'progress.noCheckins.3m': 'Dydych chi ddim wedi gwneud gwiriad lles yn ystod y 3 mis diwethaf.',
  'progress.noCheckins.1y':
    'Dydych chi ddim wedi gwneud gwiriad lles yn ystod y flwyddyn ddiwethaf.',
  'progress.sharedNoCheckins.3m':
    'Dydy {name} ddim wedi gwneud gwiriad lles yn ystod y 3 mis diwethaf.',
  'progress.sharedNoCheckins.1y':
    'Dydy {name} ddim wedi gwneud gwiriad lles yn ystod y flwyddyn ddiwethaf.',
  'progress.showTable': 'Dangos y rhifau fel tabl',
  'progress.showTableFor': 'ar gyfer {name}',
  'progress.title': 'Sut rydw i’n dod ymlaen',
  'progress.intro': 'Eich sgoriau chi dros amser. Mae gan bob siart dabl gyda’r un rhifau.',
  'progress.areasTitle': 'Fy meysydd bywyd',
  'progress.noRatings':
    'Dydych chi ddim wedi rhoi sgôr i’ch meysydd bywyd eto. Hoffech chi wneud hynny?',
  'progress.radarTitle':
    'Siart seren o’r sgoriau rydych chi wedi’u rhoi i’ch meysydd bywyd, o 1 i 7. Mae’r tabl oddi tano yn rhoi’r un rhifau.',
  'progress.radarHint': 'Mae ymhellach o’r canol yn golygu gwell, o 1 i 7.',
  'progress.radarTable':
    'Sgoriau eich meysydd bywyd, o 1 (allai ddim bod yn waeth) i 7 (allai ddim bod yn well)',
  'progress.compareLabel': 'Cymharu â dyddiad arall',
  'progress.compareHint': 'Ychwanegu’r sgoriau o’r diwrnod hwnnw at y siart a’r tabl.',
  'progress.compareNone': 'Dim dyddiad arall',
  'progress.first': 'Cyntaf, {date}',
  'progress.latest': 'Diweddaraf, {date}',
  'progress.chosen': 'Wedi’i ddewis, {date}',
  'progress.rateAgain': 'Rhoi sgôr i fy meysydd bywyd eto',
  'progress.lifeArea': 'Maes bywyd',
  'progress.notRated': 'Dim sgôr',
  'progress.outOf7': '{value} allan o 7',
  'progress.outOf': '{value} allan o {max}',
  'progress.scalesTitle': 'Fy ngwiriadau lles',
  'progress.noCheckins':
    'Dydych chi ddim wedi gwneud gwiriad lles eto. Mae’n cymryd llai na munud.',
  'progress.measuresTitle': 'Fy holiaduron',
  'progress.noMeasures': 'Dydych chi ddim wedi llenwi holiadur eto.',
  'progress.latestScore': 'Diweddaraf: {value} allan o {max} ar {date}',
  'progress.trendTitle':
    'Siart llinell o {name} dros amser, o {min} i {max}. Mae’r tabl oddi tano yn rhoi pob sgôr.',
  'progress.trendTable': '{name}: pob sgôr gyda’i dyddiad',
  'progress.trendTitleProrated':
    'Siart llinell o {name} dros amser, o {min} i {max}. Mae diemwnt yn dangos sgôr gyfrannol. Mae’r tabl oddi tano yn rhoi pob sgôr.',
  'progress.proratedScore': '{value} (cyfrannol: wedi’i chyfrifo o {answered} o {items} ateb)',
  'progress.proratedKey':
    'Mae diemwnt ar y siart yn dangos sgôr gyfrannol: cafodd rhai cwestiynau eu hepgor, felly cafodd y cyfanswm ei gyfrifo o’r atebion a roddwyd. Mae’r tabl yn dweud faint.',
  'progress.changeUp': 'O {from} i {to}, cododd eich sgôr {points}.',
  'progress.changeDown': 'O {from} i {to}, gostyngodd eich sgôr {points}.',
  'progress.changeNone': 'Roedd eich sgôr ar {to} yr un fath ag ar {from}.',
  'progress.changeReliable':
    'Mae’r newid hwn yn fwy nag a allai ddigwydd drwy siawns: ar gyfer yr holiadur hwn, mae newid o {threshold} neu fwy yn fwy na siawns yn unig.',
  'progress.changeChance':
    'Gallai newid mor fach â hyn ddigwydd drwy siawns: ar gyfer yr holiadur hwn, mae angen i newid fod yn {threshold} neu fwy i fod yn fwy na siawns.',
  'progress.changeWhere': 'O ble mae’r trothwy o {threshold} yn dod',
  'progress.date': 'Dyddiad',
  'progress.score': 'Sgôr',
  'progress.forMeOnly': 'I mi yn unig',
  'progress.note': 'Nodyn',
  'progress.hasNote': 'Mae nodyn',
  'progress.changeColumn': 'Ychwanegu neu newid nodyn',
  'progress.addNote': 'Ychwanegu nodyn',
  'progress.changeNote': 'Newid y nodyn',
  'progress.forDate': 'ar gyfer {date}',
  'progress.noteTitle': 'Pam rhoddais i’r sgôr hon',
  'progress.noteLabel': 'Eich nodyn (dewisol)',
  'progress.scoreLine': '{name}: {value}',
  'progress.scoreLineProrated':
    '{name}: {value} (cyfrannol: wedi’i chyfrifo o {answered} o {items} ateb)',
  'progress.back': 'Yn ôl i sut rydw i’n dod ymlaen',
  'progress.deleteTitle': 'Dileu',
  'progress.deleteCheckin': 'Dileu’r gwiriad lles hwn',
  'progress.deleteCheckin.confirm':
    'Dileu eich gwiriad lles o {when}? Gallwch chi ddadwneud hyn yn syth wedyn ar Sut rydw i’n dod ymlaen.',
  'progress.deleteCheckin.yes': 'Ie, dileu',
  'progress.checkinDeleted': 'Mae’r gwiriad lles o {when} wedi’i ddileu.',
  'progress.checkinRestored': 'Mae’r gwiriad lles o {when} yn ôl.',
  'progress.deletedTitle': 'Gwiriadau lles a ddilëwyd yn ddiweddar',
  'progress.deletedIntro':
    'Gwiriadau lles a ddilëwyd gennych chi yn ystod y 30 diwrnod diwethaf. Gallwch chi ddod â’r rhain yn ôl.',
  'progress.checkinFrom': 'Gwiriad lles o {when}',
  'progress.undeleteCheckin': 'Dod â’r gwiriad lles o {when} yn ôl',
  'progress.checkinChangedElsewhere':
    'Mae’r gwiriad lles hwn wedi newid yn rhywle arall, felly chafodd e mo’i ddileu. Mae’r fersiwn ddiweddaraf yn cael ei dangos nawr.',
  'progress.yes': 'Ie',
  'progress.no': 'Na',
  'progress.points':
    '{n, plural, zero {# pwynt} one {# pwynt} two {# bwynt} few {# phwynt} many {# phwynt} other {# pwynt}}',
} satisfies Words;
