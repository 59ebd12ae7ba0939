import type { Words } from '../../../translate.ts';

export default {
  'areas.title': 'Fy meysydd bywyd',
  'areas.intro':
    'Dyma’r rhannau o’ch bywyd y mae eich nodau’n perthyn iddyn nhw. Rhowch enw newydd arnyn nhw, ychwanegwch eich rhai eich hun, neu dynnwch y rhai sydd ddim yn addas.',
  'areas.name': 'Enw’r maes bywyd',
  'areas.rename': 'Newid yr enw',
  'areas.remove': 'Tynnu “{name}”',
  'areas.removed': 'Mae’r maes bywyd “{name}” wedi’i dynnu.',
  'areas.add': 'Ychwanegu maes bywyd',
  'areas.newName': 'Maes bywyd newydd',
  'areas.newName.hint': 'Er enghraifft: ffydd, teulu, cymuned, arian.',
  'areas.listTitle': 'Eich meysydd bywyd',
  'areas.nameFor': 'Enw newydd ar gyfer “{name}”',
  'areas.removeShort': 'Tynnu',
  'areas.added': 'Mae’r maes bywyd “{name}” wedi’i ychwanegu.',
  'areas.renamed': 'Yr enw newydd yw “{name}”.',
  'areas.restored': 'Mae’r maes bywyd “{name}” yn ôl.',
  'areas.none':
    'Does gennych chi ddim meysydd bywyd ar hyn o bryd. Ychwanegwch y rhannau o fywyd sy’n bwysig i chi.',
  'areas.backToGoals': 'Yn ôl i fy nodau',
} satisfies Words;
