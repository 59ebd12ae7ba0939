import type { Words } from '../../../translate.ts';

export default {
  'ratingsWeb.title': 'Oceń moje obszary życia',
  'ratingsWeb.intro':
    'Jak wygląda teraz każda część życia? Można ocenić tylko wybrane. Każdą można pominąć.',
  'ratingsWeb.worst': 'nie może być gorzej',
  'ratingsWeb.best': 'nie może być lepiej',
  'ratingsWeb.wantHelp': 'Chcę pomocy w obszarze: {name}',
  'ratingsWeb.noAreas':
    'Nie ma jeszcze żadnych obszarów życia. Które części życia są dla mnie ważne?',
  'ratingsWeb.save': 'Zapisz moje oceny',
} satisfies Words;
