export default {
  'links.title': 'Emergency links to my crisis plan',
} as const;
