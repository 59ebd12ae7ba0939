import type { Words } from '../../../translate.ts';

export default {
  'section.about_me': 'o mnie',
  'section.goals': 'cele',
  'section.support_network': 'sieć wsparcia',
  'section.staying_well': 'plan dobrego samopoczucia',
  'section.crisis_plan': 'plan kryzysowy',
  'section.safety_plan': 'plan bezpieczeństwa',
  'section.after_crisis': 'plan po kryzysie',
  'section.moving_on': 'plan na dalszą drogę',
  'section.checkins': 'oceny samopoczucia',
  'section.journal': 'dziennik',
  'section.measures': 'kwestionariusze',
  'section.reviews': 'przeglądy',
} satisfies Words;
