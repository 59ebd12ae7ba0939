export default {
  'merge.saved':
    'Someone else saved changes here while you were editing. Their changes and yours are both kept. Saved at {time}.',
  'merge.usingSaved':
    'You are now looking at the saved words for those parts. Your other changes are kept.',
} as const;
