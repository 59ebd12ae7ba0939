export default {
  'mySuggestions.title': 'Your suggestions',
  'mySuggestions.empty': 'You have not made any suggestions.',
  'mySuggestions.item': 'To {name}, about {what}',
  'mySuggestions.withdraw': 'Withdraw',
  'mySuggestions.withdrawn': 'Your suggestion was withdrawn.',
} as const;
