import type { Words } from '../../../translate.ts';

export default {
  'space.title': 'Moja przestrzeń',
  'space.intro':
    'Ta przestrzeń jest tylko moja. Nikt inny jej nie widzi, także osoby, które wspieram. Mogę tu zapisać, czego potrzebuję i co mi pomaga, żeby też mieć siłę dalej.',
  'space.needs': 'Czego potrzebuję',
  'space.needsHint':
    'Na przykład: czasu dla siebie, kogoś do rozmowy, pomocy w sprawach praktycznych.',
  'space.coping': 'Co pomaga mi sobie radzić',
  'space.copingHint': 'Rzeczy, które dają oparcie, kiedy robi się trudno.',
  'space.selfCarePlan': 'Mój plan dbania o siebie',
  'space.selfCarePlanHint': 'Co zrobię i kiedy, żeby zadbać o siebie.',
  'space.save': 'Zapisz moją przestrzeń',
  'space.saved': 'Zapisano.',
  'space.conflict':
    'Od chwili otwarcia to zmieniło się w innym miejscu. Widać to, co jest teraz zapisane; moje słowa są poniżej, żeby można było dodać je jeszcze raz.',
  'space.yourWords': 'Moje niezapisane słowa',
  'space.saveFailed': 'Nie udało się zapisać moich słów. Proszę spróbować jeszcze raz.',
  'space.history': 'Wcześniejsze wersje',
  'space.historyLink': 'Wcześniejsze wersje mojej przestrzeni',
  'space.guideLink': 'Przeczytaj krótki poradnik o wspieraniu innych',
  'space.linkFromHome': 'Moja przestrzeń: czego potrzebuję i jak dbam o siebie',
} satisfies Words;
