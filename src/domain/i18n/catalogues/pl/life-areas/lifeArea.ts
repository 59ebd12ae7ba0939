import type { Words } from '../../../translate.ts';

export default {
  'lifeArea.default.home': 'Dom i miejsce zamieszkania',
  'lifeArea.default.money': 'Pieniądze',
  'lifeArea.default.work': 'Praca, nauka i wolontariat',
  'lifeArea.default.relationships': 'Przyjaciele i związki',
  'lifeArea.default.family': 'Rodzina',
  'lifeArea.default.body': 'Zdrowie fizyczne',
  'lifeArea.default.mind': 'Zdrowie psychiczne i dobre samopoczucie',
  'lifeArea.default.safety': 'Poczucie bezpieczeństwa',
  'lifeArea.default.leisure': 'To, co lubię robić',
} satisfies Words;
