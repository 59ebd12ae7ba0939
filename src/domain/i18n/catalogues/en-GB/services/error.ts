export default {
  'error.WM_SET_UP_LINK_INVALID':
    'This link does not work. It may have been used, or it may be too old. Ask whoever runs Waymark for a new one.',
  'error.WM_TEAM_NAME_TAKEN': 'You already have a team with this name. Choose another name.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'This email address is used by another Waymark account, so it cannot be used here. Ask them for another one.',
} as const;
