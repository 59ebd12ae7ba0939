export default {
  'error.WM_TEAM_CODE_UNKNOWN':
    'We could not find a team with this code. Check the code with the team.',
  'error.WM_TEAM_CODE_ATTEMPTS': 'Too many codes tried. Wait {wait} and try again.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'You are connected to this team already. You can change what it sees on your Sharing page.',
} as const;
