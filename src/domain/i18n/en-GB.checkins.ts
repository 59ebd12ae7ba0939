// en-GB messages for check-ins, life-area ratings, reminders and the journal.
export const enGBCheckins = {
  'checkins.scale.mood': 'Mood',
  'checkins.scale.hope': 'Hope',
  'checkins.scale.sleep': 'Sleep',
  'checkins.scale.energy': 'Energy',
  'checkins.scale.in_control': 'Feeling in control',
  'checkins.reminder.off': 'No reminders',
  'checkins.reminder.daily': 'Every day',
  'checkins.reminder.every_few_days': 'Every few days',
  'checkins.reminder.weekly': 'Once a week',

  'validation.dateTime': 'Enter a real date and time',
  'validation.dateOrTime': 'Enter a real date, like 2024-03-28, or a date and time',
  'validation.tooEarly': 'Enter a date from 1 January 2000 onwards',
  'validation.future': 'This cannot be in the future',
  'validation.rangeOrder': 'The start must not be after the end',
  'validation.periodOrDates': 'Choose a period or dates, not both',
  'validation.plausibleToday': 'Enter today’s date',
  'validation.score': 'Enter a whole number from {min} to {max}',
  'validation.scaleId': 'Choose one of the scales, or give your own scale an id starting with own-',
  'validation.unknownScale': 'This is not one of your check-in scales',
  'validation.builtInScaleName': 'Built-in scales keep their own name',
  'validation.rangeLocked':
    'This scale already has scores, so its range cannot change. Add a new scale instead.',
  'validation.scaleHasScores': 'A scale with scores cannot be removed. Stop using it instead.',
  'validation.tooManyOwnScales': 'You can use up to {max} scales of your own at a time',
  'validation.duplicate': 'This appears more than once',
  'validation.nothingToSave': 'Give at least one score, or say which warning signs are present',
  'validation.unknownPrompt': 'This is not one of your warning-sign prompts',
  'validation.notInPlan': 'This is not an early warning sign in your staying-well plan',
  'validation.ownLifeArea': 'Choose one of your life areas',
  'validation.rateOne': 'Rate at least one life area',

  'error.WM_JOURNAL_KEY_UNAVAILABLE':
    'This journal entry cannot be opened here because the key it was locked with is missing. Nothing was changed. Tell whoever runs Waymark.',
  'error.WM_JOURNAL_UNREADABLE':
    'This journal entry could not be opened. It may have been damaged. Nothing was changed. Tell whoever runs Waymark.',
} as const;
