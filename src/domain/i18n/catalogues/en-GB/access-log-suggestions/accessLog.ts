export default {
  'accessLog.sentence.suggested': '{who} suggested a change to your {section}',
  'accessLog.sentence.suggestion_withdrawn': '{who} withdrew a suggestion about your {section}',
} as const;
