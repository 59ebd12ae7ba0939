export default {
  'section.about_me': 'about me',
  'section.goals': 'goals',
  'section.support_network': 'support network',
  'section.staying_well': 'staying-well plan',
  'section.crisis_plan': 'crisis plan',
  'section.safety_plan': 'safety plan',
  'section.after_crisis': 'after-crisis plan',
  'section.moving_on': 'moving-on plan',
  'section.checkins': 'check-ins',
  'section.journal': 'journal',
  'section.measures': 'questionnaires',
  'section.reviews': 'reviews',
} as const;
