// en-GB messages for suggestions: making one, deciding on one, and seeing what became of yours.
export const enGBSuggestions = {
  'error.WM_SUGGESTION_DECIDED':
    'This suggestion has already been accepted, declined or withdrawn, so nothing was changed.',
  'error.WM_SUGGESTION_ITEM_GONE':
    'What this suggestion is about has been deleted, so it cannot be changed. Nothing was changed.',
  'error.WM_SUGGESTION_TOO_MANY':
    'You have {max} suggestions waiting for this person already. Wait until they have looked at some.',
  'suggestions.validation.baseVersion':
    'This is not a version you could have seen. Reload the page and suggest again.',
  'suggestions.validation.itemId': 'This is not the item this suggestion can be about',
} as const;
