export default {
  'suggest.title': 'Suggest a change to {what}',
  'suggest.titleNew': 'Suggest a new goal for {name}',
  'suggest.intro':
    '{name} will see your suggestion and decide. Nothing changes in their record unless they accept it.',
  'suggest.newStep': 'Add a step (optional)',
  'suggest.step': 'Step {n}',
  'suggest.send': 'Send suggestion',
  'suggest.sent':
    'Your suggestion was sent to {name}. You can see what becomes of it on your page.',
} as const;
