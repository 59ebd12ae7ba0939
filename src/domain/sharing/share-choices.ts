// What sharing offers, free of zod: the sharing pages and the shared record read these before
// any schema loads, and the sharing schemas check against the same lists.
import { RELATIONSHIP_ROLES } from '../access/context.ts';
import { type PersonSection, SECTIONS } from '../record/sections.ts';

/** How far a grant goes for one section. "suggest" is offered once suggestions exist. */
export const SHARE_LEVELS = ['none', 'view', 'suggest'] as const;
export type ShareLevel = (typeof SHARE_LEVELS)[number];

/** Who the other person is to the person who shares: the relationship's roles (access/context). */
export const SHARE_ROLES = RELATIONSHIP_ROLES;
export type ShareRole = (typeof SHARE_ROLES)[number];

/**
 * Sections the person can share as a whole. The journal is private as a section: only single
 * entries are shared, so it is not offered here.
 */
export const SHAREABLE_SECTIONS = SECTIONS.filter(
  (section): section is Exclude<PersonSection, 'journal'> => section !== 'journal',
);

/** Every section but the journal: journal entries are shared one by one, never as a section. */
export const INVITABLE_SECTIONS = SECTIONS.filter(
  (s): s is Exclude<PersonSection, 'journal'> => s !== 'journal',
);
export type InvitableSection = (typeof INVITABLE_SECTIONS)[number];
