// The words every page with crisis lines needs at once: the heading, the "in danger now" line
// and how a line is said. Each line's own name and detail is in the crisis-line-presets part,
// which loads with the presets (decision 0034).
export default {
  'crisis.title': 'If you need help now',
  'crisis.danger': 'If you are in danger now, call {number} or go to A&E.',
  'crisis.call': 'Call {name} on {number}',
  'crisis.text': 'Text {word} to {number}',
} as const;
