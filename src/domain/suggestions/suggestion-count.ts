// How many suggestions wait (`GET …/suggestions/count`), read without zod: Home shows it long
// before any form needs the schemas (decision 0037). The same rule as suggestionCountSchema in
// suggestion-count.schema.ts, which the server answers with; a test holds the two together.

/** The count the answer gives, or undefined when the answer is not that shape. */
export function readSuggestionCount(body: unknown): { pending: number } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { pending } = body as { pending?: unknown };
  return typeof pending === 'number' && Number.isSafeInteger(pending) ? { pending } : undefined;
}
