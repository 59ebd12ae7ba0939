import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes.ts';
import { MAX_CELLS, wordDiff } from './word-diff.ts';

const side = (parts: ReturnType<typeof wordDiff>, kind: 'removed' | 'added') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Walk to the park on Sunday', 'Walk to the big park on Saturday')).toEqual([
      { kind: 'same', text: 'Walk to the ' },
      { kind: 'added', text: 'big ' },
      { kind: 'same', text: 'park on ' },
      { kind: 'removed', text: 'Sunday' },
      { kind: 'added', text: 'Saturday' },
    ]);
  });

  it('says nothing changed for the same words, and all added for new words', () => {
    expect(wordDiff('Same words', 'Same words')).toEqual([{ kind: 'same', text: 'Same words' }]);
    expect(wordDiff('', 'New step')).toEqual([{ kind: 'added', text: 'New step' }]);
    expect(wordDiff('Old step', '')).toEqual([{ kind: 'removed', text: 'Old step' }]);
  });

  it('always gives back both texts whole: old words plus kept ones, new words plus kept ones', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'walk', ' ', '  ', '\n', 'park.'), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const before = x.join('');
        const after = y.join('');
        const parts = wordDiff(before, after);
        expect(side(parts, 'removed')).toBe(before);
        expect(side(parts, 'added')).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it('stays quick on long texts, falling back to the whole middle when it is too big', () => {
    const long = (word: string) => Array.from({ length: 1_000 }, (_, i) => `${word}${i}`).join(' ');
    const before = long('x');
    const after = long('y');
    expect(1_000 * 1_000).toBeGreaterThan(MAX_CELLS);
    const started = performance.now();
    const parts = wordDiff(before, after);
    expect(performance.now() - started).toBeLessThan(500);
    expect(side(parts, 'removed')).toBe(before);
    expect(side(parts, 'added')).toBe(after);
  });
});

describe('changesBetween', () => {
  const goal = {
    title: 'Get out more',
    why: '',
    steps: [{ id: 's1', text: 'Walk to the park', done: false }],
  };

  it('finds a new goal step by its id, and a changed field by name', () => {
    const after = {
      ...goal,
      title: 'Get out more often',
      steps: [...goal.steps, { id: 's2', text: 'Join the Saturday walk', done: false }],
    };
    expect(changesBetween(goal, after)).toEqual([
      { path: ['title'], before: 'Get out more', after: 'Get out more often' },
      { path: ['steps', 's2'], before: null, after: 'Join the Saturday walk — no' },
    ]);
  });

  it('finds nothing between equal items, and every field of a new one', () => {
    expect(changesBetween(goal, structuredClone(goal))).toEqual([]);
    expect(changesBetween(undefined, { title: 'New', why: '' })).toEqual([
      { path: ['title'], before: null, after: 'New' },
    ]);
  });

  it('compares lines of a plan by position', () => {
    expect(
      changesBetween({ daily: ['Walk', 'Read'] }, { daily: ['Walk', 'Read more', 'Cook'] }),
    ).toEqual([
      { path: ['daily', 1], before: 'Read', after: 'Read more' },
      { path: ['daily', 2], before: null, after: 'Cook' },
    ]);
  });
});
