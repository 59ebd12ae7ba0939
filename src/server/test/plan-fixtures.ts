// Fixture factories for the support network and plans.
export const aContact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ade',
  kind: 'person',
  howTheyHelp: 'Listens without judging. Takes me for a walk.',
  phone: '07700 900123',
  email: '',
  notes: '',
  formal: false,
  crisisContact: true,
  ...overrides,
});

/** The smallest real PDF header and PNG signature: enough for content checks. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
