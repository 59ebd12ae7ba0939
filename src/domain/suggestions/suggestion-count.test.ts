// Home reads how many suggestions wait without zod (suggestion-count.ts); these tests hold that
// reading to the schema the server answers with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestionCountSchema } from './suggestion-count.schema.ts';
import { readSuggestionCount } from './suggestion-count.ts';

const parsedBySchema = (body: unknown) => {
  const result = suggestionCountSchema.safeParse(body);
  return result.success ? result.data : undefined;
};

const count = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53, -(2 ** 53), 2 ** 53 - 1, -0),
  fc.jsonValue(),
);
const answer = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ pending: count, other: fc.jsonValue() }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);

describe('reading the count of waiting suggestions without zod', () => {
  it('gives exactly what the shared schema gives, and refuses exactly what it refuses', () => {
    fc.assert(
      fc.property(answer, (body) => {
        expect(readSuggestionCount(body)).toEqual(parsedBySchema(body));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a real answer', () => {
    expect(readSuggestionCount({ pending: 3 })).toEqual({ pending: 3 });
    expect(readSuggestionCount({ pending: '3' })).toBeUndefined();
  });
});
