export default {
  'teamConnect.title': 'Connect to a team',
  'teamConnect.intro':
    'If a service helps you, its team can give you a code. You choose what the team sees. You can change it, or leave, at any time.',
  'teamConnect.code': 'Team code',
  'teamConnect.codeHint': 'Type the code the team gave you.',
  'teamConnect.codeMissing': 'Enter the team code.',
  'teamConnect.find': 'Find the team',
  'teamConnect.found': 'This code is for {team}, part of {service}.',
  'teamConnect.sections': 'What can {team} see?',
  'teamConnect.sectionsHint':
    'Each time someone in the team looks, your activity page shows their name.',
  'teamConnect.confirm': 'Connect to the team',
  'teamConnect.cancel': 'Cancel',
  'teamConnect.connected': 'You are now connected to {team}.',
  'teamConnect.teamOf': 'A team at {service}',
  'teamConnect.leave': 'Leave {team}',
  'teamConnect.leaveQuestion':
    'Leave {team}? The team will stop seeing your record straight away. You keep everything.',
  'teamConnect.leaveConfirm': 'Yes, leave the team',
  'teamConnect.leaveService': 'Leave {service}',
  'teamConnect.leaveServiceQuestion':
    'Leave {service}? None of its teams will see your record from now on. You keep everything.',
  'teamConnect.leaveServiceConfirm': 'Yes, leave',
  'teamConnect.left': 'You have left {name}.',
} as const;
