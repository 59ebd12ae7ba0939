import type { Words } from '../../../translate.ts';

export default {
  'mySuggestions.title': 'Moje propozycje',
  'mySuggestions.empty': 'Nie ma jeszcze żadnych propozycji.',
  'mySuggestions.item': 'Dla: {name}, w sprawie: {what}',
  'mySuggestions.withdraw': 'Wycofaj',
  'mySuggestions.withdrawn': 'Propozycja została wycofana.',
} satisfies Words;
