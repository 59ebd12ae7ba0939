export default {
  'print.button': 'Print or save as PDF',
  'print.date': 'Printed on {date}',
  'print.name': 'Name: {name}',
} as const;
