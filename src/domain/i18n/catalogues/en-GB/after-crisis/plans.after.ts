export default {
  'plans.after.intro':
    'After a crisis, it can help to write down what you need now and what you would like to be different next time. Take your time.',
  'plans.after.empty': 'Nothing written yet. You can come back to this whenever you feel ready.',
  'plans.after.save': 'Save',
  'plans.after.backOnTrack': 'What I need to get back on track',
  'plans.after.backOnTrack.hint':
    'For example: "A phased return to work", "Someone to help me catch up with post and bills".',
  'plans.after.learned': 'What I learned for next time',
  'plans.after.learned.hint':
    'For example: "I noticed I had stopped sleeping two weeks before. Next time I will call my GP sooner".',
} as const;
