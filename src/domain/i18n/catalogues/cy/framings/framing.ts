import type { Words } from '../../../translate.ts';

export default {
  'framing.everyday.title': 'Bywyd bob dydd',
  'framing.everyday.description':
    'Prif rannau bywyd bob dydd: cartref, arian, gwaith, y bobl o’ch cwmpas chi, eich iechyd a’r pethau rydych chi’n eu mwynhau. Lle da i ddechrau os nad ydych chi’n siŵr.',
  'framing.recovery.title': 'Fy adferiad',
  'framing.recovery.description':
    'Chwe pheth sy’n aml yn bwysig mewn adferiad. Sut rydych chi’n teimlo am bwy ydych chi. Byw gyda’r hyn sy’n anodd. Gwneud synnwyr o’r hyn sydd wedi digwydd. Dod ymlaen gyda phobl. Gwneud pethau sy’n bwysig i chi, a chael help pan fydd ei angen arnoch chi.',
  'framing.recovery.area.self': 'Pwy ydw i a sut rydw i’n gweld fy hun',
  'framing.recovery.area.coping': 'Byw gyda’r hyn sy’n anodd',
  'framing.recovery.area.meaning': 'Gwneud synnwyr o’r hyn sydd wedi digwydd i mi',
  'framing.recovery.area.people': 'Dod ymlaen gyda’r bobl yn fy mywyd',
  'framing.recovery.area.roles': 'Pethau rydw i’n eu gwneud sy’n bwysig i mi',
  'framing.recovery.area.support': 'Help a chefnogaeth pan fydd eu hangen arnaf i',
  'framing.connection.title': 'Cysylltiad, gobaith ac ystyr',
  'framing.connection.description':
    'Pum peth mae llawer o bobl yn dweud sy’n eu helpu i wella: teimlo’n agos at bobl eraill, gobaith am y dyfodol, synnwyr o bwy ydych chi, ystyr yn eich bywyd, a bod yn gyfrifol am eich bywyd eich hun.',
  'framing.connection.area.connected': 'Teimlo’n agos at bobl',
  'framing.connection.area.hope': 'Gobaith ac edrych ymlaen',
  'framing.connection.area.identity': 'Pwy ydw i',
  'framing.connection.area.meaning': 'Beth sy’n rhoi ystyr i fy mywyd',
  'framing.connection.area.control': 'Bod yn gyfrifol am fy mywyd',
  'framing.community.title': 'Teulu, cymuned, ffydd a diwylliant',
  'framing.community.description':
    'Yn dechrau gyda’r bobl a’r ffyrdd o fyw o’ch cwmpas chi: eich teulu, eich cymuned, eich ffydd a’ch diwylliant. Yna anghenion bob dydd.',
  'framing.community.area.community': 'Fy nghymuned',
  'framing.community.area.faith': 'Ffydd, ysbryd neu gredoau',
  'framing.community.area.culture': 'Diwylliant, treftadaeth ac iaith',
  'framing.community.area.caring': 'Gofalu am bobl eraill',
  'framing.community.area.health': 'Iechyd y corff a’r meddwl',
  'framing.community.area.work': 'Gwaith, arian a dysgu',

  'framing.chooser.title': 'Syniadau ar gyfer eich meysydd bywyd',
  'framing.chooser.intro':
    'Gallwch chi ddechrau o ffordd wahanol o edrych ar eich bywyd. Dewiswch un i weld ei meysydd, ac yna dewiswch y rhai rydych chi eu heisiau.',
  'framing.chooser.which': 'Pa ffordd o edrych ar eich bywyd?',
  'framing.chooser.areas': 'Meysydd yn “{title}”',
  'framing.chooser.areas.hint':
    'Dad-diciwch unrhyw rai dydych chi ddim eu heisiau. Gallwch chi newid eu henwau neu eu tynnu yn nes ymlaen.',
  'framing.chooser.alreadyThere': '{name} (eisoes yn eich rhestr)',
  'framing.chooser.allThere': 'Mae pob un o’r rhain eisoes yn eich rhestr.',
  'framing.chooser.how': 'Beth i’w wneud gyda’r meysydd sydd gennych chi nawr',
  'framing.chooser.how.add': 'Eu cadw, ac ychwanegu’r rhain',
  'framing.chooser.how.instead': 'Defnyddio’r rhain yn eu lle',
  'framing.chooser.how.instead.hint':
    'Bydd y meysydd a gawsoch chi ar y dechrau yn cael eu tynnu. Gallwch chi eu hychwanegu nhw’n ôl unrhyw bryd o “Bywyd bob dydd”.',
  'framing.chooser.add': 'Ychwanegu’r meysydd bywyd hyn',
  'framing.chooser.noneChosen': 'Dewiswch o leiaf un maes i’w ychwanegu',
  'framing.chooser.added':
    '{count, plural, zero {Ychwanegwyd # maes bywyd} one {Ychwanegwyd # maes bywyd} two {Ychwanegwyd # faes bywyd} few {Ychwanegwyd # maes bywyd} many {Ychwanegwyd # maes bywyd} other {Ychwanegwyd # maes bywyd}}: {names}.',
  'framing.chooser.nothingAdded':
    'Chafodd dim byd ei ychwanegu: mae’r meysydd hynny eisoes yn eich rhestr.',

  'framing.error.unknown': 'Dewiswch un o’r ffyrdd o edrych ar eich bywyd',
  'framing.error.unknownArea':
    'Dydy hwn ddim yn un o’r meysydd yn y ffordd honno o edrych ar eich bywyd',
  'framing.error.repeated': 'Dim ond unwaith y gallwch chi ddewis pob maes',
} satisfies Words;
