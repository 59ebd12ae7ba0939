// The checks of a Questionnaire a service uploads (decision 0042): the engine's own (what the
// CLI runs), then an upload's bounds, and the preview of a sound one.
import { describe, expect, it } from 'vitest';
import { codeOf } from '../i18n/said.ts';
import { MAX_UPLOAD_ITEMS } from '../services/library-limits.ts';
import { builtInMeasure } from './built-in.ts';
import { checkUpload } from './check-upload.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { ScoringRules } from './scoring.schema.ts';
import { withScoring } from './test-support.ts';

const sound = () => ({
  ...builtInMeasure('gad-7'),
  url: 'https://example.org/worry',
  version: '2',
  title: 'Worry check',
});
const codes = (result: ReturnType<typeof checkUpload>) =>
  result.ok ? [] : result.errors.map((error) => codeOf(error.message).code);

describe('checkUpload', () => {
  it('finds exactly what the import engine finds in a broken file', () => {
    const broken = { ...sound(), item: [{ linkId: 'a', type: 'attachment' }] };
    const engine = parseQuestionnaire(broken);
    expect(engine.ok).toBe(false);
    expect(checkUpload(broken)).toEqual(engine);
  });

  it('asks for a url and a version, as the import does', () => {
    expect(codes(checkUpload({ ...sound(), version: undefined }))).toEqual([
      'measures.import.needsUrlAndVersion',
    ]);
  });

  it('refuses more items than an upload may have, and a skeleton with no words', () => {
    const many = Array.from({ length: MAX_UPLOAD_ITEMS + 1 }, (_, i) => ({
      linkId: `q${i}`,
      type: 'string',
      text: `Question ${i}`,
    }));
    expect(codes(checkUpload({ ...sound(), extension: [], item: many }))).toEqual([
      'library.problem.tooManyItems',
    ]);
    const unworded = { ...sound(), extension: [], item: [{ linkId: 'q', type: 'string' }] };
    expect(codes(checkUpload(unworded))).toEqual(['library.problem.needsWording']);
  });

  it('previews a sound file: title, every item with its answers and scores, what it scores', () => {
    const result = checkUpload(sound());
    if (!result.ok) throw new Error('expected a sound file');
    const { preview } = result;
    expect(preview).toMatchObject({ title: 'Worry check', version: '2', questionCount: 8 });
    const choice = preview.items.find((item) => item.type === 'choice');
    expect(choice?.answers.map((answer) => answer.score)).toEqual([0, 1, 2, 3]);
    expect(preview.scoring.scales).toEqual([
      {
        id: 'total',
        label: 'GAD-7 total',
        method: 'sum',
        itemCount: 7,
        bandCount: 4,
        reliableChange: 4,
        better: null,
      },
    ]);
  });

  it('says which way is better where the scoring rules say so, for the service’s Outcomes', () => {
    const lower = withScoring(sound(), (rules) => ({
      ...rules,
      scales: rules.scales.map((scale) => ({ ...scale, better: 'lower' as const })),
    }));
    const result = checkUpload(lower);
    if (!result.ok) throw new Error('expected a sound file');
    expect(result.preview.scoring.scales.map((scale) => scale.better)).toEqual(['lower']);
    const sideways = withScoring(
      sound(),
      (rules) =>
        ({
          ...rules,
          scales: rules.scales.map((scale) => ({ ...scale, better: 'sideways' })),
        }) as unknown as ScoringRules,
    );
    expect(checkUpload(sideways).ok).toBe(false);
  });
});
