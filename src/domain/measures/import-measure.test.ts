import { describe, expect, it } from 'vitest';
import { BUILT_IN_MEASURE_FILES, builtInMeasure } from './built-in.ts';
import { importMeasure } from './import-measure.ts';
import { worded, wordedResult } from './test-support.ts';
import { needsWording } from './wording.ts';

describe('importMeasure', () => {
  it.each(Object.keys(BUILT_IN_MEASURE_FILES))('accepts the built-in file %s', (id) => {
    const result = importMeasure(BUILT_IN_MEASURE_FILES[id]);
    expect(result).toMatchObject({ ok: true, kind: 'questionnaire', questionnaire: { id } });
  });

  it('returns precise errors for a broken Questionnaire', () => {
    const broken = structuredClone(BUILT_IN_MEASURE_FILES['phq-9']) as {
      item: { item: { type: string }[] }[];
    };
    const third = broken.item[0]?.item[2];
    if (third) third.type = 'attachment';
    const result = importMeasure(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('item[phq9].item[phq9-3].type');
      expect(worded(result.errors)[0]?.message).toMatch(
        /^item "phq9-3": type "attachment" is not supported/,
      );
    }
  });

  it('loads a wording file into the built-in skeleton it names', () => {
    const skeleton = builtInMeasure('wemwbs');
    const items = Object.fromEntries(
      ['wemwbs-intro', ...Array.from({ length: 14 }, (_, i) => `wemwbs-${i + 1}`)].map((id) => [
        id,
        `Test wording ${id}`,
      ]),
    );
    const answerOptions = { '*': { 1: 'One', 2: 'Two', 3: 'Three', 4: 'Four', 5: 'Five' } };
    const result = importMeasure({ measure: skeleton.url, version: '1.0.0', items, answerOptions });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.kind).toBe('wording');
      expect(needsWording(result.questionnaire)).toBe(false);
      // Nothing is stored: the built-in skeleton itself is unchanged.
      expect(needsWording(builtInMeasure('wemwbs'))).toBe(true);
    }
  });

  it('says when no measure matches a wording file', () => {
    expect(
      wordedResult(
        importMeasure({ measure: 'https://example.org/unknown', version: '3', items: {} }),
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'measure',
          message:
            'wording file: there is no measure "https://example.org/unknown" version 3 to load this wording into',
        },
      ],
    });
  });

  it('can look skeletons up somewhere else', () => {
    const skeleton = builtInMeasure('wemwbs');
    const findMeasure = () => skeleton;
    const result = importMeasure(
      { measure: skeleton.url, version: '1.0.0', items: {} },
      { findMeasure },
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(worded(result.errors)[0]?.message).toBe(
        'wording file: item "wemwbs-intro" has no wording in the file',
      );
  });

  it('reports a malformed wording file without a skeleton', () => {
    expect(wordedResult(importMeasure({ items: {} }))).toEqual({
      ok: false,
      errors: [
        { path: 'measure', message: 'wording file: "measure" is missing' },
        { path: 'version', message: 'wording file: "version" is missing' },
      ],
    });
  });

  it.each([[null], [[1, 2]], ['PHQ-9'], [{ title: 'Something' }]])(
    'rejects %j as neither kind',
    (json) => {
      expect(wordedResult(importMeasure(json))).toEqual({
        ok: false,
        errors: [
          {
            path: '',
            message:
              'wording file: this is neither a FHIR Questionnaire (resourceType "Questionnaire") nor a wording file (with "measure", "version" and "items")',
          },
        ],
      });
    },
  );
});
