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
} satisfies Words;
