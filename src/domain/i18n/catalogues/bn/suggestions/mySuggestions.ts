import type { Words } from '../../../translate.ts';

export default {
  'mySuggestions.title': 'আপনার পরামর্শ',
  'mySuggestions.empty': 'আপনি কোনো পরামর্শ দেননি।',
  'mySuggestions.item': '{name}-কে, {what} নিয়ে',
  'mySuggestions.withdraw': 'ফিরিয়ে নিন',
  'mySuggestions.withdrawn': 'আপনার পরামর্শ ফিরিয়ে নেওয়া হয়েছে।',
} satisfies Words;
