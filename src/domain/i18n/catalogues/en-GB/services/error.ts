export default {
  'error.WM_SET_UP_LINK_INVALID':
    'This link does not work. It may have been used, or it may be too old. Ask whoever runs Waymark for a new one.',
  'error.WM_TEAM_NAME_TAKEN': 'You already have a team with this name. Choose another name.',
  'error.WM_STAFF_EMAIL_IN_USE':
    'This email address is used by another Waymark account, so it cannot be used here. Ask them for another one.',
  'error.WM_MEASURE_FILE_INVALID':
    '{count, plural, one {This questionnaire has # problem} other {This questionnaire has # problems}}, so it was not added.',
  'error.WM_MEASURE_IN_LIBRARY':
    'Your library already has "{url}" version {version}. To add a changed copy, give it a new version.',
  'error.WM_MY_CARE_TOO_MANY':
    'You can ask about up to {max} items. Stop asking about one before you add another.',
  'error.WM_REPORT_GROUP_TOO_SMALL':
    'This report would count fewer than {smallest, plural, one {# person} other {# people}}. So few could point to one person, so it is not shown. Choose more teams or a longer time.',
  'error.WM_REPORT_PERIOD_BACKWARDS':
    'The report ends before it starts. Choose an end month that is the same as the start month or after it.',
  'error.WM_REPORT_PERSON_LEVEL':
    'Reports only show groups of people, never one person. Ask for the whole team or service instead.',
} as const;
