import type { Words } from '../../../translate.ts';

export default {
  'mySuggestions.title': 'آپ کی تجاویز',
  'mySuggestions.empty': 'آپ نے کوئی تجویز نہیں دی۔',
  'mySuggestions.item': '{name} کے لیے، اس بارے میں: {what}',
  'mySuggestions.withdraw': 'واپس لیں',
  'mySuggestions.withdrawn': 'آپ کی تجویز واپس لے لی گئی۔',
} satisfies Words;
