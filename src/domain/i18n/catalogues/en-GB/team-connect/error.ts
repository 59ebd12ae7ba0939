export default {
  'error.WM_TEAM_CODE_UNKNOWN':
    'We could not find a team with this code. Check the code with the team.',
  'error.WM_TEAM_CODE_ATTEMPTS': 'Too many codes tried. Wait {wait} and try again.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'You are connected to this team already. You can change what it sees on your Sharing page.',
  'error.WM_TEAM_INVITATION_INVALID':
    'This invitation link does not work. It may have been used, taken back, or be too old. Ask the team to send a new one.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'This email is for a staff account. Staff cannot join a team this way.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'You have sent a lot of invitations. Wait {wait} and try again.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'We could not send the email. Try again later, or give the person the team code.',
} as const;
