import type { Words } from '../../../translate.ts';

export default {
  'validation.review.actionWhat': 'Wpisz, co zostanie zrobione',
  'validation.review.actionWho': 'Wybierz, kto to zrobi',
  'validation.review.actionSomeone': 'Wpisz imię osoby, która to zrobi',
  'validation.review.tooManyAreas': 'Wybierz najwyżej {max} obszary do rozmowy',
  'validation.review.areaTwice': 'Wybierz każdy obszar tylko raz',
  'validation.review.nextAfterMeeting': 'Następny przegląd musi być po spotkaniu',
  'validation.review.areaNotRated': 'Wybierz obszar spośród ocen',
  'validation.review.lifeAreaUnknown': 'To nie jest jeden z Twoich obszarów życia',
  'validation.review.myCareUnknown': 'To nie jest nic z listy do oceny',
  'validation.review.goalUnknown': 'Wybierz jeden ze swoich celów albo nowy cel',
  'validation.review.goalFull': 'Ten cel ma już najwięcej kroków. Wybierz inny cel.',
} satisfies Words;
