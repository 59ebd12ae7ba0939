// What an entry in the support network is, free of zod: the contact form offers these before
// any schema loads, and plans.schema.ts checks a contact's kind against the same list.
export const CONTACT_KINDS = ['person', 'group', 'service'] as const;
