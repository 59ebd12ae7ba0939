export default {
  'section.supporter_space': 'your own space',
} as const;
