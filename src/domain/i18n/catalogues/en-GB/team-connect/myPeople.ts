export default {
  'myPeople.title': 'My people',
  'myPeople.intro': 'People who joined your teams. You see only what each person chose to share.',
  'myPeople.teams': 'Your teams',
  'myPeople.code': 'Code to join {team}: {code}',
  'myPeople.noCode': '{team} has no code yet. Ask your service admin for one.',
  'myPeople.noTeams': 'You are not in a team yet.',
  'myPeople.none': 'Nobody has joined your teams yet.',
  'myPeople.open': 'Open the record of {name}',
  'myPeople.team': 'Team: {team}',
  'myPeople.shared': 'Shared: {sections}',
  'myPeople.nothing': 'Nothing shared at the moment.',
  'myPeople.link': 'People who joined your teams',
} as const;
