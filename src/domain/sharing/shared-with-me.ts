// Who shared their record with the signed-in account (`GET /api/shared-with-me`), read without
// zod: Home and every page of a shared record need it before any form needs the schemas
// (decision 0037). The same rules as sharedWithMeSchema in sharing.schema.ts, which the server
// answers with; a test holds the two together. A section or level this app does not know makes
// the whole answer unreadable, never a section shown by mistake.
import { SECTIONS } from '../record/sections.ts';
import { SHARE_LEVELS, SHARE_ROLES } from './share-choices.ts';
import type { SharedRecord, SharedWithMe } from './sharing.schema.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function readRecord(value: unknown): SharedRecord | undefined {
  if (!isObject(value)) return undefined;
  const { personId, name, role, sections } = value;
  if (typeof personId !== 'string' || typeof name !== 'string') return undefined;
  if (!isOneOf(SHARE_ROLES, role) || !isObject(sections)) return undefined;
  const read: SharedRecord['sections'] = {};
  for (const [section, level] of Object.entries(sections)) {
    if (!isOneOf(SECTIONS, section) || !isOneOf(SHARE_LEVELS, level)) return undefined;
    read[section] = level;
  }
  // Only the fields the schema declares, as parsing it would give.
  return { personId, name, role, sections: read };
}

/** The people and what each shares, or undefined when the answer is not that shape. */
export function readSharedWithMe(body: unknown): SharedWithMe | undefined {
  if (!Array.isArray(body)) return undefined;
  const people: SharedWithMe = [];
  for (const value of body) {
    const person = readRecord(value);
    if (!person) return undefined;
    people.push(person);
  }
  return people;
}
