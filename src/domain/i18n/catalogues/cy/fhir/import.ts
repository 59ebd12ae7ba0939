import type { Words } from '../../../translate.ts';

export default {
  'import.title': 'Dod â fy nghofnod o Waymark arall',
  'import.intro':
    'Os gwnaethoch chi ddefnyddio Waymark yn rhywle arall, gallwch ddod â’ch cofnod yma. Defnyddiwch y ffeil a gawsoch o "Lawrlwytho fy nghofnod" yno.',
  'import.onlyEmpty':
    'Dim ond tra bo’ch cofnod yma’n wag y gallwch wneud hyn, yn syth ar ôl i chi gofrestru. Does dim yn cael ei gymysgu.',
  'import.fileLabel': 'Ffeil eich cofnod',
  'import.fileHint': 'Y ffeil .json o "Lawrlwytho fy nghofnod", hyd at {max} MB.',
  'import.submit': 'Dod â fy nghofnod',
  'import.working': 'Yn dod â’ch cofnod i mewn. Gall hyn gymryd munud.',
  'import.noFile': 'Dewiswch ffeil eich cofnod yn gyntaf.',
  'import.notJson':
    'Ni allwn ddarllen y ffeil hon. Dewiswch y ffeil .json a gawsoch o "Lawrlwytho fy nghofnod".',
  'import.tooBig': 'Mae’r ffeil hon yn fwy na {max} MB, felly ni allwn ddod â hi i mewn.',
  'import.doneTitle': 'Mae eich cofnod yma',
  'import.broughtIntro': 'Daethom â’r rhain i mewn:',
  'import.brought.aboutMe': 'Amdana i',
  'import.brought.lifeAreas': 'Meysydd bywyd: {count}',
  'import.brought.goals': 'Nodau: {count}, gyda {notes} nodyn',
  'import.brought.plans': 'Cynlluniau: {count}',
  'import.brought.supportContacts': 'Pobl a gwasanaethau yn eich rhwydwaith cymorth: {count}',
  'import.brought.checkins': 'Gwiriadau: {count}',
  'import.brought.lifeAreaRatings': 'Sgoriau meysydd bywyd: {count}',
  'import.brought.measureResponses': 'Holiaduron a lenwoch: {count}',
  'import.brought.journalEntries': 'Cofnodion dyddiadur: {count}',
  'import.brought.files': 'Ffeiliau: {count}',
  'import.brought.reviews': 'Adolygiadau: {count}',
  'import.sharedTitle': 'Pwy allai weld eich cofnod yno',
  'import.sharedNone': 'Ni wnaethoch rannu eich cofnod â neb yno.',
  'import.sharedIntro':
    'Nid yw’r bobl hyn yma. Ni allan nhw weld dim o’ch cofnod yma. Os ydych eisiau, gwahoddwch nhw eto o Rannu.',
  'import.sharedPerson': 'Gallai {name} ({role}) weld eich {sections} yno.',
  'import.sharedJournal': 'Gallai {name} ddarllen {count} o’ch cofnodion dyddiadur yno.',
  'import.sharedTeam': 'Gallai’r tîm {team} yn {service} weld eich {sections} yno.',
  'import.sharedTeamAgain': 'I gysylltu â thîm yma, gofynnwch i’r tîm am ei god.',
  'import.toSharing': 'Mynd i Rannu',
  'import.toRecord': 'Mynd i fy nghofnod',
  'import.back': 'Yn ôl i’r gosodiadau',
  'import.unknownMeasure':
    'Mae ynddo atebion i holiadur nad yw gan y Waymark hwn ({questionnaire}).',
  'import.fileChanged':
    'Mae’r ffeil "{name}" ynddo wedi newid ers ei chadw, felly ni allwn ymddiried ynddi.',
} satisfies Words;
