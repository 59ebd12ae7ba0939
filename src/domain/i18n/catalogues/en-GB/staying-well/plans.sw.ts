export default {
  'plans.sw.intro':
    'What keeps you well, in your own words. Small, specific things work best. Put the most important first.',
  'plans.sw.empty':
    'You have not started this plan yet. Start with one thing you do that helps, however small.',
  'plans.sw.save': 'Save staying-well plan',
  'plans.sw.daily': 'What I do every day to stay well',
  'plans.sw.daily.hint': 'For example: "Walk to the shop and back before 10", "Text my sister".',
  'plans.sw.daily.item': 'Every day, number {number}',
  'plans.sw.daily.add': 'Add something I do every day',
  'plans.sw.weekly': 'What I do every week',
  'plans.sw.weekly.hint': 'For example: "Football on Saturday", "Phone Dad on Sunday evening".',
  'plans.sw.weekly.item': 'Every week, number {number}',
  'plans.sw.weekly.add': 'Add something I do every week',
  'plans.sw.triggers': 'Things that can set me off, and what helps',
  'plans.sw.triggers.hint':
    'For example: "Letters about money" and what helps: "Open them with my key worker".',
  'plans.sw.triggers.item': 'Trigger {number}',
  'plans.sw.triggers.add': 'Add a trigger',
  'plans.sw.triggers.trigger': 'What can set me off',
  'plans.sw.triggers.whatHelps': 'What helps',
  'plans.sw.earlyWarningSigns': 'Early warning signs, and what to do',
  'plans.sw.earlyWarningSigns.hint':
    'For example: "I stop answering my phone" and what to do: "Mum pops round for a cup of tea".',
  'plans.sw.earlyWarningSigns.item': 'Early warning sign {number}',
  'plans.sw.earlyWarningSigns.add': 'Add an early warning sign',
  'plans.sw.earlyWarningSigns.sign': 'A sign that I am becoming unwell',
  'plans.sw.earlyWarningSigns.whatToDo': 'What I or others should do',
  'plans.sw.gettingWorse': 'When things are getting worse, and what helps then',
  'plans.sw.gettingWorse.hint':
    'For example: "I am awake most of the night" and what helps: "Call my care coordinator the next morning".',
  'plans.sw.gettingWorse.item': 'When things are getting worse, number {number}',
  'plans.sw.gettingWorse.add': 'Add a sign that things are getting worse',
  'plans.sw.gettingWorse.sign': 'A sign that things are getting worse',
  'plans.sw.gettingWorse.whatHelps': 'What helps then',
} as const;
