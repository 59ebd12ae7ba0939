import type { Words } from '../../../translate.ts';

export default {
  'progress.periodLegend': 'Jak daleko wstecz pokazać',
  'progress.periodHint':
    'Dotyczy ocen samopoczucia i ocen obszarów życia. Wyniki kwestionariuszy są zawsze pokazywane w całości.',
  'progress.period.3m': '3 miesiące',
  'progress.period.1y': '1 rok',
  'progress.period.all': 'Wszystko',
  'progress.showing.3m': 'Widać ostatnie 3 miesiące.',
  'progress.showing.1y': 'Widać ostatni rok.',
  'progress.showing.all': 'Widać wszystko.',
  'progress.noCheckins.3m': 'W ostatnich 3 miesiącach nie było żadnej oceny samopoczucia.',
  'progress.noCheckins.1y': 'W ostatnim roku nie było żadnej oceny samopoczucia.',
  'progress.sharedNoCheckins.3m': '{name} nie ma żadnej oceny samopoczucia z ostatnich 3 miesięcy.',
  'progress.sharedNoCheckins.1y': '{name} nie ma żadnej oceny samopoczucia z ostatniego roku.',
  'progress.showTable': 'Pokaż liczby w tabeli',
  'progress.showTableFor': 'dla: {name}',
} satisfies Words;
