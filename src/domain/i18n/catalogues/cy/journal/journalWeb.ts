import type { Words } from '../../../translate.ts';

export default {
  'journalWeb.title': 'Dyddiadur',
  'journalWeb.private':
    'Mae eich dyddiadur yn breifat. Dim ond chi sy’n gallu ei ddarllen, oni bai eich bod chi’n dewis rhannu cofnod.',
  'journalWeb.write': 'Ysgrifennu cofnod',
  'journalWeb.entriesTitle': 'Fy nghofnodion',
  'journalWeb.empty':
    'Dydych chi ddim wedi ysgrifennu dim byd eto. Gallwch chi ysgrifennu am unrhyw beth rydych chi’n ei hoffi.',
  'journalWeb.moodShown': 'Hwyliau: {mood} allan o 7',
  'journalWeb.searchTitle': 'Chwilio fy nyddiadur',
  'journalWeb.searchLabel': 'Gair neu ymadrodd',
  'journalWeb.searchHint': 'Dim ond eich cofnodion chi eich hun sy’n cael eu chwilio.',
  'journalWeb.search': 'Chwilio',
  'journalWeb.clearSearch': 'Clirio’r chwilio',
  'journalWeb.found': 'Cofnodion gyda “{q}”: {count}.',
  'journalWeb.olderNotSearched': 'Dim ond eich {count} cofnod diweddaraf a gafodd eu chwilio.',
  'journalWeb.unreadableNotSearched':
    'Cofnodion na chawson nhw eu chwilio am nad oes modd eu darllen gyda’r allweddi sydd gan y gweinydd hwn: {count}.',
  'journalWeb.unreadable':
    'Does dim modd darllen y cofnod hwn gyda’r allweddi sydd gan y gweinydd hwn. Mae’n cael ei gadw fel yr oedd. Dywedwch wrth bwy bynnag sy’n rhedeg Waymark.',
  'journalWeb.newTitle': 'Ysgrifennu cofnod dyddiadur',
  'journalWeb.changeTitle': 'Newid cofnod dyddiadur',
  'journalWeb.back': 'Yn ôl i fy nyddiadur',
  'journalWeb.date': 'Dyddiad',
  'journalWeb.mood': 'Hwyliau (dewisol)',
  'journalWeb.moodHint': 'O 1 (gwael iawn) i 7 (da iawn).',
  'journalWeb.moodNone': 'Dim hwyliau',
  'journalWeb.moodLow': '{mood} – gwael iawn',
  'journalWeb.moodHigh': '{mood} – da iawn',
  'journalWeb.text': 'Beth rydych chi eisiau ei ysgrifennu',
  'journalWeb.save': 'Cadw’r cofnod',
  'journalWeb.savedNew': 'Mae’r cofnod wedi’i gadw.',
  'journalWeb.writtenOn': 'Ysgrifennwyd gyntaf ar {date}.',
  'journalWeb.manageTitle': 'Dileu',
  'journalWeb.delete': 'Dileu’r cofnod hwn',
  'journalWeb.delete.confirm':
    'Dileu eich cofnod o {date}? Gallwch chi ddadwneud hyn yn syth wedyn ar dudalen eich dyddiadur.',
  'journalWeb.delete.yes': 'Ie, dileu',
  'journalWeb.deleted': 'Mae’r cofnod o {date} wedi’i ddileu.',
  'journalWeb.restored': 'Mae’r cofnod o {date} yn ôl.',
  'journalWeb.deletedTitle': 'Cofnodion a ddilëwyd yn ddiweddar',
  'journalWeb.deletedIntro':
    'Cofnodion a ddilëwyd gennych chi yn ystod y 30 diwrnod diwethaf. Gallwch chi ddod â’r rhain yn ôl.',
  'journalWeb.entryFrom': 'Cofnod o {date}',
  'journalWeb.undelete': 'Dod â’r cofnod o {date} yn ôl',
  'journalWeb.changedElsewhere':
    'Mae’r cofnod hwn wedi newid yn rhywle arall, felly chafodd e mo’i ddileu. Mae’r fersiwn ddiweddaraf yn cael ei dangos nawr.',
} satisfies Words;
