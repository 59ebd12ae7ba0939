export default {
  'lifeArea.default.home': 'Home and where I live',
  'lifeArea.default.money': 'Money',
  'lifeArea.default.work': 'Work, learning and volunteering',
  'lifeArea.default.relationships': 'Friends and relationships',
  'lifeArea.default.family': 'Family',
  'lifeArea.default.body': 'Physical health',
  'lifeArea.default.mind': 'Mental health and wellbeing',
  'lifeArea.default.safety': 'Feeling safe',
  'lifeArea.default.leisure': 'Things I enjoy',
} as const;
