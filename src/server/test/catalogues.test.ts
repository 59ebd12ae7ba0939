// Every catalogue against en-GB: complete, every key in the part its pages fetch, every plural
// with the forms its language needs, no slot English does not fill. A failure names each key.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDEX, indexSource } from '../../../scripts/catalogue-index.ts';
import { englishProblems, reportOn } from '../../domain/i18n/catalogue-report.ts';
import { partNames, readPart } from '../../domain/i18n/disk-words.ts';
import { LANGUAGE_CODES } from '../../domain/i18n/languages.ts';
import { readCatalogue, reviewState } from '../../domain/i18n/review-state.ts';

const english = await readCatalogue('en-GB', partNames(), readPart);

describe('The en-GB catalogue', () => {
  it('has messages that all read, plurals and slots included', () => {
    expect(englishProblems(english)).toEqual([]);
  });

  it('has an up-to-date list of keys (run node scripts/catalogue-index.ts)', () => {
    expect(fs.readFileSync(INDEX, 'utf8')).toBe(indexSource());
  });
});

describe.each(LANGUAGE_CODES.filter((code) => code !== 'en-GB'))('The %s catalogue', (code) => {
  it('has every key, in the same part as en-GB, and nothing else', async () => {
    const report = reportOn(code, english, await readCatalogue(code, partNames(), readPart));
    expect(report.missing, 'keys with no translation (they would show in English)').toEqual([]);
    expect(report.extra, 'keys en-GB does not have').toEqual([]);
    expect(report.misplaced, 'keys its pages would not fetch').toEqual([]);
  });

  it('fills in only the slots English fills, with every plural form the language needs', async () => {
    const report = reportOn(code, english, await readCatalogue(code, partNames(), readPart));
    expect(report.problems).toEqual([]);
  });

  it('says how much a native speaker has checked', async () => {
    const review = await reviewState(code, english);
    expect(review.checked + review.needReview).toBe(review.total);
  });
});
