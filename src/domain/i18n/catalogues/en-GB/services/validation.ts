export default {
  'validation.required.serviceName': 'Enter the name of the service',
  'validation.required.teamName': 'Enter a name for the team',
  'validation.required.staffName': 'Enter their full name',
  'validation.required.team': 'Choose a team',
  'validation.required.myCareLabel': 'Enter the words for this item',
} as const;
