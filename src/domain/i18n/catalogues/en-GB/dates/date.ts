export default {
  'date.enter': 'Enter a date',
  'date.noDay': 'The date must include a day',
  'date.noMonth': 'The date must include a month',
  'date.noYear': 'The date must include a year',
  'date.numbers': 'Use numbers only for the day, month and year',
  'date.yearDigits': 'Enter the year in full, like 2024',
  'date.monthRange': 'The month must be a number from 1 to 12',
  'date.dayRange': 'The day must be a number from 1 to 31',
  'date.notReal': 'There is no {day} {month} {year}: {month} {year} has {days} days',
  'date.format': 'Enter a real date as year, month and day, like 2024-03-28',
} as const;
