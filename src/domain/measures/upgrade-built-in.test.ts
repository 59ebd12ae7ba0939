// Bringing a stored built-in measure up to date with the file we ship at the same version.
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { readScoring } from './check-scoring.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { worded } from './test-support.ts';
import { upgradeBuiltIn } from './upgrade-built-in.ts';
import { applyWording, withScoring } from './wording.ts';

const shipped = builtInMeasure('wemwbs');
const rules = (q: Questionnaire) => {
  const read = readScoring(q);
  if (!read.ok || !read.rules) throw new Error('fixture');
  return read.rules;
};
/** The WEMWBS skeleton as an earlier release shipped it: "skeleton" in its name, no threshold. */
function earlierSkeleton(): Questionnaire {
  const q = structuredClone(shipped);
  q.title = `${q.title} — skeleton`;
  q.description = 'Skeleton: the wording comes with your licensed copy.';
  const scales = rules(q).scales.map(({ reliableChange: _, ...scale }) => scale);
  q.extension = withScoring(q.extension, { scales });
  return q;
}
function loaded(skeleton: Questionnaire, extra: Record<string, string> = {}): Questionnaire {
  const items = Object.fromEntries(
    ['wemwbs-intro', ...Array.from({ length: 14 }, (_, i) => `wemwbs-${i + 1}`)].map((id) => [
      id,
      `Words for ${id}`,
    ]),
  );
  const codes = Object.fromEntries(
    ['1', '2', '3', '4', '5'].map((code) => [code, `Answer ${code}`]),
  );
  const wording = {
    measure: skeleton.url,
    version: skeleton.version,
    items,
    answerOptions: { '*': codes },
    ...extra,
  };
  const result = applyWording(skeleton, wording);
  if (!result.ok)
    throw new Error(
      worded(result.errors)
        .map((e) => e.message)
        .join('; '),
    );
  return result.questionnaire;
}

describe('upgradeBuiltIn', () => {
  it('changes nothing when the stored copy is the file we ship', () => {
    expect(upgradeBuiltIn({ questionnaire: shipped, skeleton: null }, shipped)).toBeUndefined();
    const ours = loaded(shipped);
    expect(upgradeBuiltIn({ questionnaire: ours, skeleton: shipped }, shipped)).toBeUndefined();
  });

  it('replaces a skeleton nobody has loaded wording into with the file we ship', () => {
    const upgraded = upgradeBuiltIn({ questionnaire: earlierSkeleton(), skeleton: null }, shipped);
    expect(upgraded).toEqual({ questionnaire: shipped, skeleton: null });
  });

  it('never puts a skeleton back over wording', () => {
    const full = loaded(shipped);
    expect(upgradeBuiltIn({ questionnaire: full, skeleton: null }, shipped)).toBeUndefined();
  });

  it('keeps a service’s wording, corrects the skeleton’s title and adds the new threshold', () => {
    const earlier = earlierSkeleton();
    const upgraded = upgradeBuiltIn({ questionnaire: loaded(earlier), skeleton: earlier }, shipped);
    expect(upgraded?.skeleton).toBe(shipped);
    const q = upgraded?.questionnaire;
    if (!q) throw new Error('expected an upgrade');
    expect(q.title).toBe(shipped.title);
    expect(q.description).toBe(shipped.description);
    expect(q.item[1]?.item?.[0]?.text).toBe('Words for wemwbs-1');
    expect(rules(q).scales[0]?.reliableChange?.points).toBe(9);
  });

  it('keeps the title and description a service’s wording file gave', () => {
    const earlier = earlierSkeleton();
    const theirs = loaded(earlier, { title: 'Our WEMWBS', description: 'In our words.' });
    const q = upgradeBuiltIn({ questionnaire: theirs, skeleton: earlier }, shipped)?.questionnaire;
    expect(q).toMatchObject({ title: 'Our WEMWBS', description: 'In our words.' });
  });
});
