// en-GB words every page with crisis lines needs at once: the heading, the "in danger now" line
// and how a line is said. The lines' own names and details are in en-GB.crisis-line-presets.ts,
// loaded with the presets.
export const enGBCrisisLines = {
  'crisis.title': 'If you need help now',
  'crisis.danger': 'If you are in danger now, call {number} or go to A&E.',
  'crisis.call': 'Call {name} on {number}',
  'crisis.text': 'Text {word} to {number}',
} as const;
