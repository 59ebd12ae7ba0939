import type { Words } from '../../../translate.ts';

export default {
  'mySuggestions.title': 'Eich awgrymiadau',
  'mySuggestions.empty': 'Dydych chi ddim wedi gwneud unrhyw awgrymiadau.',
  'mySuggestions.item': 'At {name}, am {what}',
  'mySuggestions.withdraw': 'Tynnu’n ôl',
  'mySuggestions.withdrawn': 'Cafodd eich awgrym ei dynnu’n ôl.',
} satisfies Words;
