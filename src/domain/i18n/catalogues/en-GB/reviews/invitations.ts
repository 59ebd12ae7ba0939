export default {
  'invitations.takePart': 'They can also work on your reviews with you',
} as const;
