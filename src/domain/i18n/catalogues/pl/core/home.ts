import type { Words } from '../../../translate.ts';

export default {
  'home.title': 'Moja droga zdrowienia',
  'home.greeting': 'Dzień dobry, {name}',
  'home.aboutMeLine': 'Moimi słowami: „{text}”',
  'home.aboutMePrompt':
    'Co jest dla mnie ważne, co mi dobrze wychodzi i jak inni mogą mi pomóc: moimi słowami.',
  'home.goalsTitle': 'Moje cele',
  'home.noGoals': 'Nie ma jeszcze żadnych celów. Do czego chcę dążyć?',
  'home.nextStep': 'Następny krok: {step}',
  'home.noNextStep':
    'Nie zostały już żadne kroki. Można dodać nowy albo oznaczyć cel jako osiągnięty.',
  'home.linksTitle': 'Mój zapis',
  'home.aboutMeLink': 'Przeczytaj lub zmień „O mnie”',
  'home.aboutMeStart': 'Napisz coś o sobie',
  'home.allGoals': 'Zobacz wszystkie moje cele',
} satisfies Words;
