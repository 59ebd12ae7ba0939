// en-GB words of the "Suggest a change" button on shared pages, and of who wrote and agreed a
// version (plans and history): small, so those pages do not load the suggestions catalogue.
export const enGBSuggestLink = {
  'suggest.link': 'Suggest a change',
  'suggest.newGoal': 'Suggest a new goal',
  'history.agreedByOn': 'Agreed by {author} on {when}',
  'suggestions.homeCount': '{count} suggestions are waiting for you',
  'suggestions.homeCountOne': '1 suggestion is waiting for you',
  'suggestions.homeLink': 'Look at suggestions',
} as const;
