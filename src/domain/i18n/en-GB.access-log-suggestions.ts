// en-GB words of the access log's entries about suggestions (decision 0029). Registered with
// the access log's words (access-log-words.ts), apart from the rest of its catalogue so that
// pages needing only its link label do not load them.
export const enGBAccessLogSuggestions = {
  'accessLog.sentence.suggested': '{who} suggested a change to your {section}',
  'accessLog.sentence.suggestion_withdrawn': '{who} withdrew a suggestion about your {section}',
} as const;
