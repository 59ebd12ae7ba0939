// The web reads who shared with it without zod (shared-with-me.ts); these tests hold that
// reading to the schema the server answers with, on answers of every shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../record/sections.ts';
import { SHARE_LEVELS, SHARE_ROLES } from './share-choices.ts';
import { readSharedWithMe } from './shared-with-me.ts';
import { sharedWithMeSchema } from './sharing.schema.ts';

/** What parsing with the schema gives: the data, or undefined when it refuses. */
const parsedBySchema = (body: unknown) => {
  const result = sharedWithMeSchema.safeParse(body);
  return result.success ? result.data : undefined;
};

// Mostly the right words, now and then one this app does not know or a value of another type.
const nearly = <T>(known: readonly T[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom('journal_entries', 'edit', '', 'View') },
    { weight: 1, arbitrary: fc.jsonValue() },
  );
// A key in JSON is always a string. (String() of a generated value failed now and then: an
// object with its own "toString" cannot be turned into one.)
const nearlyASection = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom('journal_entries', 'edit', '', 'View') },
  { weight: 1, arbitrary: fc.string() },
);
const sections = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(nearlyASection, nearly(SHARE_LEVELS)) },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const person = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        personId: fc.oneof(fc.uuid(), fc.jsonValue()),
        name: fc.oneof(fc.string(), fc.jsonValue()),
        role: nearly(SHARE_ROLES),
        sections,
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['personId', 'name', 'role', 'sections'] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const answer = fc.oneof(
  { weight: 8, arbitrary: fc.array(person, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

describe('reading who shared with me without zod', () => {
  it('gives exactly what the shared schema gives, and refuses exactly what it refuses', () => {
    fc.assert(
      fc.property(answer, (body) => {
        expect(readSharedWithMe(body)).toEqual(parsedBySchema(body));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a real answer, leaving out fields it does not know', () => {
    const body = [
      {
        personId: 'b1c2',
        name: 'Sam',
        role: 'family',
        sections: { goals: 'view', crisis_plan: 'suggest' },
        note: 'not declared',
      },
    ];
    expect(readSharedWithMe(body)).toEqual([
      {
        personId: 'b1c2',
        name: 'Sam',
        role: 'family',
        sections: { goals: 'view', crisis_plan: 'suggest' },
      },
    ]);
  });

  it('refuses an answer naming a section or level this app does not know', () => {
    const with_ = (sections: unknown) => [{ personId: 'p', name: 'Sam', role: 'friend', sections }];
    expect(readSharedWithMe(with_({ diary: 'view' }))).toBeUndefined();
    expect(readSharedWithMe(with_({ goals: 'edit' }))).toBeUndefined();
    expect(parsedBySchema(with_({ diary: 'view' }))).toBeUndefined();
    expect(parsedBySchema(with_({ goals: 'edit' }))).toBeUndefined();
  });
});
