import type { Words } from '../../../translate.ts';

export default {
  'teams.title': 'Timau',
  'teams.intro': 'Mae staff yn gweithio mewn timau. Mae angen enw gwahanol ar bob tîm.',
  'teams.none': 'Does gennych chi ddim timau eto.',
  'teams.name': 'Tîm',
  'teams.members': 'Staff',
  'teams.memberCount':
    '{count, plural, zero {# aelod} one {# aelod} two {# aelod} few {# aelod} many {# aelod} other {# aelod}}',
  'teams.change': 'Newid',
  'teams.rename': 'Ailenwi {name}',
  'teams.renameLabel': 'Enw newydd ar gyfer {name}',
  'teams.save': 'Cadw’r enw',
  'teams.cancel': 'Canslo',
  'teams.renamed': 'Mae’r tîm wedi’i ailenwi.',
  'teams.add.title': 'Ychwanegu tîm',
  'teams.add.label': 'Enw’r tîm',
  'teams.add.submit': 'Ychwanegu tîm',
  'teams.added': 'Mae’r tîm wedi’i ychwanegu.',
  'teams.code.is':
    'Cod i ymuno â’r tîm hwn: {code}. Rhowch ef i’r bobl rydych chi’n eu cefnogi. Maen nhw’n ei roi ar eu tudalen Rhannu.',
  'teams.code.none': 'Does gan y tîm hwn ddim cod eto. Mae angen un ar bobl i ymuno.',
  'teams.code.make': 'Gwneud cod ar gyfer {name}',
  'teams.code.new': 'Gwneud cod newydd ar gyfer {name}',
  'teams.close': 'Cau {name}',
  'teams.close.question':
    'Cau {name}? Mae ei staff yn colli’r hyn a rannodd pobl â’r tîm ar unwaith. Mae pobl yn cadw eu cofnodion.',
  'teams.close.yes': 'Ydw, cau’r tîm',
  'teams.closed': 'Mae {name} wedi cau.',
} satisfies Words;
