export default {
  'progress.periodLegend': 'How far back to show',
  'progress.periodHint':
    'This is for check-ins and life-area ratings. Every questionnaire score is always shown.',
  'progress.period.3m': '3 months',
  'progress.period.1y': '1 year',
  'progress.period.all': 'All',
  'progress.showing.3m': 'Showing the last 3 months.',
  'progress.showing.1y': 'Showing the last year.',
  'progress.showing.all': 'Showing everything.',
  'progress.noCheckins.3m': 'You have not checked in during the last 3 months.',
  'progress.noCheckins.1y': 'You have not checked in during the last year.',
  'progress.sharedNoCheckins.3m': '{name} has not checked in during the last 3 months.',
  'progress.sharedNoCheckins.1y': '{name} has not checked in during the last year.',
  'progress.showTable': 'Show the numbers as a table',
  'progress.showTableFor': 'for {name}',
} as const;
