import type { Words } from '../../../translate.ts';

export default {
  'goalRatingsWeb.title': 'Oceń moje cele',
  'goalRatingsWeb.intro':
    'Jak blisko jest dziś każdy cel? Można ocenić tylko wybrane. Każdy można pominąć.',
  'goalRatingsWeb.low': 'jeszcze nie zaczęty',
  'goalRatingsWeb.high': 'zrobiony',
  'goalRatingsWeb.rateOne': 'Proszę ocenić co najmniej jeden cel',
  'goalRatingsWeb.save': 'Zapisz moje oceny',
} satisfies Words;
