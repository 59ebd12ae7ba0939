// Plain words: every en-GB message reads at a reading age of about 9 to 11 (decision 0035).
// Each message of 10 words or more, as a person reads it (slots filled, each plural form), has a
// Flesch–Kincaid grade of 6 or less: UK reading age is about the grade plus 5. Shorter messages
// (labels, buttons, headings) are too short for the formula, where one long word decides the
// grade; taken together with all the rest they must read at grade 4 or less. A message that
// cannot be plainer is listed in EXCEPTIONS with the reason, and stays listed only while needed.
import { describe, expect, it } from 'vitest';
import { partNames, readPart } from './disk-words.ts';
import { messageReadings, readability } from './readability.ts';
import { readCatalogue } from './review-state.ts';

const MAX_GRADE = 6;
const MIN_WORDS = 10;
const MAX_GRADE_OVERALL = 4;

/** Messages allowed above MAX_GRADE, each with why it cannot be plainer. */
const EXCEPTIONS: Record<string, string> = {
  'upload.limits':
    'Names the file types (PDF, PNG, JPEG, WebP), which people match against their own file; said letter by letter, they count as long words.',
  'upload.photoLimits': 'The photo file types, as in upload.limits.',
  'error.WM_UPLOAD_WRONG_TYPE': 'The file types, as in upload.limits.',
  'accept.code.hint':
    'Ends with an example code (K7P-M3Q-X9T-W), read character by character, not as words.',
  'validation.email':
    'Ends with an example address (name@example.com), which the formula reads as three words.',
  'safety.private':
    '"Incognito" is what several browsers call a private window: the word people need to find it.',
  'error.WM_MEASURE_NEEDS_WORDING':
    'Tells a service that it has not loaded a licensed measure’s wording, in the words docs/API.md gives its list of measures; the person is never offered such a measure.',
  'questionnaire.answers.needsWording':
    'Says what error.WM_MEASURE_NEEDS_WORDING says, in its words and for its reason: answers sent to such a measure.',
  'questionnaire.explain.needsWording':
    'Says what error.WM_MEASURE_NEEDS_WORDING says, in its words and for its reason: why such a measure has no score.',
};

/**
 * Keys said only on the command line, to the service that runs Waymark (issue 13): importing a
 * measure, and what is wrong with a questionnaire or wording file it imports (FHIR's own names).
 */
const NOT_FOR_PEOPLE = [/^measures\.import\./, /^questionnaire\.(file|wording|import)\./];

const english = Object.assign(
  {},
  ...Object.values(await readCatalogue('en-GB', partNames(), readPart)),
) as Record<string, string>;

const graded = Object.entries(english)
  .filter(([key]) => !NOT_FOR_PEOPLE.some((pattern) => pattern.test(key)))
  .flatMap(([key, message]) =>
    messageReadings(message).map((text) => ({ key, text, ...readability(text) })),
  );

const tooHard = (limit: number) =>
  graded.filter((reading) => reading.words >= MIN_WORDS && reading.grade > limit);

describe('Plain words in the en-GB catalogue', () => {
  it('has every message of 10 words or more at Flesch–Kincaid grade 6 or less', () => {
    const found = tooHard(MAX_GRADE)
      .filter(({ key }) => !(key in EXCEPTIONS))
      .map(({ key, grade, text }) => `${key} (grade ${grade.toFixed(1)}): ${text}`);
    expect(found, 'rewrite these in plainer words: shorter sentences, shorter words').toEqual([]);
  });

  it('reads at grade 4 or less taken all together, short labels included', () => {
    const total = graded.reduce(
      (sum, reading) => ({
        words: sum.words + reading.words,
        sentences: sum.sentences + reading.sentences,
        syllables: sum.syllables + reading.syllables,
      }),
      { words: 0, sentences: 0, syllables: 0 },
    );
    const grade =
      0.39 * (total.words / total.sentences) + 11.8 * (total.syllables / total.words) - 15.59;
    expect(total.words).toBeGreaterThan(10_000);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE_OVERALL);
  });

  it('lists as exceptions only messages that exist and are still above the limit', () => {
    const stillNeeded = new Set(tooHard(MAX_GRADE).map(({ key }) => key));
    const unneeded = Object.keys(EXCEPTIONS).filter((key) => !stillNeeded.has(key));
    expect(unneeded, 'exceptions to remove: these now read plainly, or are gone').toEqual([]);
  });
});
