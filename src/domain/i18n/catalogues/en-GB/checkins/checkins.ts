export default {
  'checkins.scale.mood': 'Mood',
  'checkins.scale.hope': 'Hope',
  'checkins.scale.sleep': 'Sleep',
  'checkins.scale.energy': 'Energy',
  'checkins.scale.in_control': 'Feeling in control',
  'checkins.reminder.off': 'No reminders',
  'checkins.reminder.daily': 'Every day',
  'checkins.reminder.every_few_days': 'Every few days',
  'checkins.reminder.weekly': 'Once a week',
} as const;
