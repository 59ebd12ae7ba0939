import type { Words } from '../../../translate.ts';

export default {
  'network.backToCrisisPlan': 'Wróć do mojego planu kryzysowego',
  'network.backToSafetyPlan': 'Wróć do mojego planu bezpieczeństwa',
  'network.backToMovingOnPlan': 'Wróć do mojego planu na dalszą drogę',
  'network.addedForPlan': 'Dodano „{name}” do sieci wsparcia. Teraz można tę osobę tutaj wybrać.',
} satisfies Words;
