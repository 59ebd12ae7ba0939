export default {
  'error.WM_SUGGESTION_DECIDED':
    'This suggestion is no longer waiting: it was accepted, declined or taken back. Nothing was changed.',
  'error.WM_SUGGESTION_ITEM_GONE':
    'What this suggestion is about has been deleted, so it cannot be changed. Nothing was changed.',
  'error.WM_SUGGESTION_TOO_MANY':
    'You have {max} suggestions waiting for this person already. Wait until they have looked at some.',
} as const;
