import type { Words } from '../../../translate.ts';

export default {
  'measuresWeb.rateGoals': 'Rhoi sgôr o 0 i 10 i fy nodau',
  'measuresWeb.title': 'Holiaduron',
  'measuresWeb.intro':
    'Gall holiaduron eich helpu i weld sut mae pethau’n newid. Chi sy’n dewis pa rai i’w llenwi, a phryd.',
  'measuresWeb.empty': 'Does dim holiaduron eto.',
  'measuresWeb.whoTitle': 'Pwy sy’n gweld eich atebion',
  'measuresWeb.who':
    'Dim ond chi sy’n gweld eich atebion, oni bai eich bod chi’n dewis rhannu eich holiaduron gyda rhywun. Mae atebion rydych chi’n eu marcio “i mi yn unig” yn aros gyda chi hyd yn oed wedyn.',
  'measuresWeb.seeCharts': 'Gweld sut rydw i’n dod ymlaen',
  'measuresWeb.answerTitle': 'Holiadur',
  'measuresWeb.back': 'Yn ôl i’r holiaduron',
  'measuresWeb.step': 'Rhan {current} o {total}',
  'measuresWeb.yes': 'Ie',
  'measuresWeb.no': 'Na',
  'measuresWeb.required': 'Atebwch y cwestiwn hwn',
  'measuresWeb.wholeNumber': 'Rhowch rif cyfan, fel 3',
  'measuresWeb.number': 'Rhowch rif, fel 2.5',
  'measuresWeb.checkAnswer': 'Gwiriwch eich ateb i’r cwestiwn hwn',
  'measuresWeb.note': 'Unrhyw beth rydych chi am ei ychwanegu (dewisol)',
  'measuresWeb.noteHint': 'Pam rydych chi wedi ateb fel hyn, yn eich geiriau eich hun.',
  'measuresWeb.continue': 'Parhau',
  'measuresWeb.previous': 'Yn ôl',
  'measuresWeb.send': 'Cadw fy atebion',
  'measuresWeb.saved': 'Mae eich atebion wedi’u cadw.',
  'measuresWeb.resultTitle': 'Eich sgôr',
  'measuresWeb.score': 'Sgôr',
  'measuresWeb.noScore': 'Does dim sgôr y tro hwn.',
  'measuresWeb.value': 'Eich sgôr yw {value}.',
  'measuresWeb.valueWithBand': 'Eich sgôr yw {value} ({band}).',
  'measuresWeb.prorated':
    'Cafodd rhai cwestiynau eu hepgor, felly mae’r sgôr yn gyfrannol: wedi’i chyfrifo o {answered} o {items} ateb. Mae “Sut cafodd hyn ei gyfrifo” yn dangos y symiau.',
  'measuresWeb.howWorkedOut': 'Sut cafodd hyn ei gyfrifo',
  'measuresWeb.keptForMe':
    'Mae’r atebion hyn i chi yn unig. Dydyn nhw byth yn cael eu cyfrif mewn adroddiad.',
  'measuresWeb.supportTitle': 'Mae eich cynlluniau yma i chi',
  'measuresWeb.safetyPlan': 'Agor fy nghynllun diogelwch',
  'measuresWeb.crisisPlan': 'Agor fy nghynllun argyfwng',
} satisfies Words;
