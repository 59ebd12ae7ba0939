import type { Words } from '../../../translate.ts';

export default {
  'library.title': 'Mesurau',
  'library.intro':
    'Dyma’r holiaduron y gall eich gwasanaeth eu cynnig i’r bobl y mae’n eu cefnogi. Diffoddwch unrhyw rai nad ydych chi’n eu defnyddio.',
  'library.listTitle': 'Eich llyfrgell',
  'library.none': 'Does dim holiaduron yn eich llyfrgell eto.',
  'library.source.built-in': 'Yn dod gyda Waymark',
  'library.source.imported': 'Wedi’i ychwanegu gan bwy bynnag sy’n rhedeg Waymark',
  'library.source.uploaded': 'Wedi’i ychwanegu gan eich gwasanaeth',
  'library.questionCount':
    '{count, plural, zero {# cwestiwn} one {# cwestiwn} two {# gwestiwn} few {# chwestiwn} many {# chwestiwn} other {# cwestiwn}}',
  'library.needsWording': 'Mae angen ychwanegu ei eiriau cyn y gall unrhyw un ei ateb.',
  'library.offer': 'Cynnig {title} i’r bobl rydyn ni’n eu cefnogi',
  'library.nowOffered': 'Mae {title} yn cael ei gynnig i’r bobl rydych chi’n eu cefnogi.',
  'library.notOffered': 'Dydy {title} ddim yn cael ei gynnig mwyach.',
  'library.upload.title': 'Ychwanegu holiadur',
  'library.upload.intro':
    'Dewiswch Holiadur FHIR wedi’i gadw fel ffeil JSON, neu ei ludo isod. Rydyn ni’n ei wirio ac yn dangos i chi sut mae’n edrych. Does dim yn cael ei ychwanegu nes i chi ddweud.',
  'library.upload.file': 'Ffeil yr holiadur',
  'library.upload.fileHint': 'Ffeil JSON hyd at {max} KB.',
  'library.upload.paste': 'Neu ludwch yr holiadur',
  'library.upload.check': 'Gwirio’r holiadur',
  'library.problems.title': 'Allwn ni ddim ychwanegu’r holiadur hwn',
  'library.problems.intro': 'Trwsiwch y problemau hyn, yna gwiriwch ef eto:',
  'library.problem.notJson':
    'Nid yw hwn yn JSON y gallwn ei ddarllen. Gwiriwch eich bod wedi copïo’r ffeil gyfan.',
  'library.problem.tooBig': 'Mae’r ffeil hon yn rhy fawr. Gall fod hyd at {max} KB.',
  'library.problem.tooManyItems':
    'mae gan yr holiadur {count} o gwestiynau a grwpiau; y mwyaf rydyn ni’n ei dderbyn yw {max}',
  'library.problem.needsWording':
    'yr holiadur: does gan rai cwestiynau neu atebion ddim geiriau, felly allai neb ei ateb',
  'library.problem.libraryFull':
    'mae gan eich llyfrgell {max} o holiaduron eich hun yn barod, sef y mwyaf y gall eu dal',
  'library.ready': 'Mae’r holiadur hwn wedi pasio pob gwiriad',
  'library.preview.title': 'Beth ydyw',
  'library.preview.name': 'Enw',
  'library.preview.version': 'Fersiwn',
  'library.preview.questions': 'Cwestiynau',
  'library.preview.scores': 'Sgorau',
  'library.preview.noScore': 'Dydy e ddim yn rhoi sgôr.',
  'library.preview.scoreSum':
    '{label}: yn adio sgorau {count, plural, zero {# ateb} one {# ateb} two {# ateb} few {# ateb} many {# ateb} other {# ateb}}',
  'library.preview.scoreMean':
    '{label}: sgôr gyfartalog {count, plural, zero {# ateb} one {# ateb} two {# ateb} few {# ateb} many {# ateb} other {# ateb}}',
  'library.preview.reliableChange': 'Mae newid o {points} neu fwy yn newid go iawn.',
  'library.preview.lowerBetter':
    "Mae sgôr is yn well, felly mae'n cyfrif yng Nghanlyniadau'r gwasanaeth.",
  'library.preview.higherBetter':
    "Mae sgôr uwch yn well, felly mae'n cyfrif yng Nghanlyniadau'r gwasanaeth.",
  'library.preview.notInReports':
    "Nid yw'n dweud pa ffordd sy'n well, felly nid yw'n cyfrif yng Nghanlyniadau'r gwasanaeth.",
  'library.preview.risk':
    '{count, plural, zero {Mae # rheol yn dweud} one {Mae # rheol yn dweud} two {Mae # reol yn dweud} few {Mae # rheol yn dweud} many {Mae # rheol yn dweud} other {Mae # rheol yn dweud}} wrth staff pan allai atebion ddangos risg.',
  'library.preview.asPeopleSeeIt': 'Sut bydd pobl yn ei weld',
  'library.add': 'Ychwanegu at ein llyfrgell',
  'library.added': 'Mae {title} yn eich llyfrgell nawr.',
} satisfies Words;
