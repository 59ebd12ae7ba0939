// Where suggestions are made, free of zod: the suggestion pages build their paths from this
// before any schema loads, and suggestion.schema.ts declares a shape for each kind here.
import type { ItemKind } from '../record/sections.ts';
import type { SuggestableKind as CountedKind } from './suggestion-count.schema.ts';

/**
 * The kinds a suggestion may be made on, and the path each is suggested at. The crisis, safety
 * and moving-on plans name contacts and files, and part of the crisis plan is withheld from others:
 * a suggestion on them is made on the plan as shown (plan-references.ts).
 * Exactly the kinds of the type the small modules use (suggestion-count.schema.ts).
 */
export const SUGGESTABLE = {
  about_me: { path: 'about-me', document: true },
  goal: { path: 'goals', document: false },
  staying_well: { path: 'staying-well-plan', document: true },
  crisis_plan: { path: 'crisis-plan', document: true },
  safety_plan: { path: 'safety-plan', document: true },
  after_crisis: { path: 'after-crisis', document: true },
  moving_on: { path: 'moving-on-plan', document: true },
} as const satisfies Record<CountedKind & ItemKind, { path: string; document: boolean }>;
export type SuggestableKind = keyof typeof SUGGESTABLE;
/**
 * A one-per-person document (a first suggestion builds on its empty words). The empty words
 * themselves are the server's (suggestions.service.ts), so the web's suggestion chunks do not
 * carry every plan's.
 */
export const isDocument = (kind: SuggestableKind) => SUGGESTABLE[kind].document;
export const SUGGESTABLE_KINDS = Object.keys(SUGGESTABLE) as SuggestableKind[];
