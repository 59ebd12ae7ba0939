import type { Words } from '../../../translate.ts';

export default {
  'goalRatingsWeb.title': 'Rhoi sgôr i fy nodau',
  'goalRatingsWeb.intro':
    'Pa mor agos mae pob nod yn teimlo heddiw? Rhowch sgôr i’r rhai rydych chi eisiau. Gallwch chi hepgor unrhyw un.',
  'goalRatingsWeb.low': 'heb ddechrau',
  'goalRatingsWeb.high': 'wedi’i wneud',
  'goalRatingsWeb.rateOne': 'Rhowch sgôr i o leiaf un nod',
  'goalRatingsWeb.save': 'Cadw fy sgoriau',
} satisfies Words;
