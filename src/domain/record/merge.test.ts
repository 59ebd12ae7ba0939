import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from './merge.ts';
import { EMPTY_ABOUT_ME } from './record.schema.ts';

// A document shaped like the record's: text fields, a nested object, lines of a plan (no ids),
// and goal steps (with ids).
const FIELDS = ['title', 'why', 'whoHelps', 'status'] as const;
const text = fc.string({ maxLength: 8 });
const step = (id: string) =>
  fc.record({ id: fc.constant(id), text: fc.string({ maxLength: 6 }), done: fc.boolean() });
const steps = (prefix: string) =>
  fc
    .uniqueArray(fc.nat({ max: 30 }), { maxLength: 5 })
    .chain((ids) => fc.tuple(...ids.map((n) => step(`${prefix}${n}`))));
const document = fc.record({
  title: text,
  why: text,
  whoHelps: text,
  status: fc.constantFrom('not_started', 'in_progress', 'achieved'),
  practical: fc.record({ pets: text, home: text }),
  daily: fc.array(text, { maxLength: 5 }),
  steps: steps('s'),
});
type Doc = typeof document extends fc.Arbitrary<infer D> ? D : never;

/** Which top-level fields each side changes: never the same one. */
const split = fc.array(
  fc.constantFrom<'mine' | 'theirs' | 'neither'>('mine', 'theirs', 'neither'),
  {
    minLength: FIELDS.length,
    maxLength: FIELDS.length,
  },
);

describe('three-way merge', () => {
  it('merges identical changes cleanly', () => {
    fc.assert(
      fc.property(document, document, (base, edit) => {
        expect(mergeThreeWay(base, edit, edit)).toEqual({ merged: edit, conflicts: [] });
      }),
    );
  });

  it('keeps a change made on one side only, whichever side it is', () => {
    fc.assert(
      fc.property(document, document, (base, edit) => {
        expect(mergeThreeWay(base, edit, base)).toEqual({ merged: edit, conflicts: [] });
        expect(mergeThreeWay(base, base, edit)).toEqual({ merged: edit, conflicts: [] });
      }),
    );
  });

  it('never loses a field changed on only one side, whatever else both sides changed', () => {
    fc.assert(
      fc.property(document, document, document, (base, mine, theirs) => {
        for (const prefer of ['mine', 'theirs'] as const) {
          const { merged } = mergeThreeWay(base, mine, theirs, prefer);
          for (const key of Object.keys(base) as (keyof Doc)[]) {
            const mineChanged = JSON.stringify(mine[key]) !== JSON.stringify(base[key]);
            const theirsChanged = JSON.stringify(theirs[key]) !== JSON.stringify(base[key]);
            if (mineChanged && !theirsChanged) expect(merged[key]).toEqual(mine[key]);
            if (theirsChanged && !mineChanged) expect(merged[key]).toEqual(theirs[key]);
          }
        }
      }),
    );
  });

  it('reports every text field both sides changed differently, and only places both changed', () => {
    fc.assert(
      fc.property(document, document, document, (base, mine, theirs) => {
        const { conflicts } = mergeThreeWay(base, mine, theirs);
        const asked = new Set(conflicts.map((c) => c.path[0]));
        for (const field of FIELDS) {
          const both = mine[field] !== base[field] && theirs[field] !== base[field];
          expect(asked.has(field), field).toBe(both && mine[field] !== theirs[field]);
        }
        for (const c of conflicts) {
          const field = c.path[0] as keyof Doc;
          expect(JSON.stringify(mine[field])).not.toBe(JSON.stringify(base[field]));
          expect(JSON.stringify(theirs[field])).not.toBe(JSON.stringify(base[field]));
        }
      }),
    );
  });

  it('merges changes to different fields without asking', () => {
    fc.assert(
      fc.property(
        document,
        split,
        fc.array(text, { minLength: 4, maxLength: 4 }),
        (base, who, words) => {
          const mine: Record<string, unknown> = { ...base };
          const theirs: Record<string, unknown> = { ...base };
          const expected: Record<string, unknown> = { ...base };
          FIELDS.forEach((field, index) => {
            const word = `${words[index]}!`;
            if (who[index] === 'mine') mine[field] = word;
            if (who[index] === 'theirs') theirs[field] = word;
            if (who[index] !== 'neither') expected[field] = word;
          });
          expect(mergeThreeWay(base, mine, theirs)).toEqual({ merged: expected, conflicts: [] });
        },
      ),
    );
  });

  it('reports a field both sides changed differently as a conflict, never picking one silently', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(...FIELDS), text, text, (base, field, a, b) => {
        // Both changed it, and differently.
        fc.pre(a !== b && `${a}+` !== base[field] && `${b}+` !== base[field]);
        const mine = { ...base, [field]: `${a}+` };
        const theirs = { ...base, [field]: `${b}+` };
        const saved = mergeThreeWay(base, mine, theirs);
        expect(saved.conflicts).toEqual([
          { path: [field], base: base[field], mine: `${a}+`, theirs: `${b}+` },
        ]);
        expect(saved.merged).toEqual(theirs);
        const kept = mergeThreeWay(base, mine, theirs, 'mine');
        expect(kept.conflicts).toHaveLength(1);
        expect(kept.merged).toEqual(mine);
      }),
    );
  });

  it('keeps goal steps added on both sides, and edits to different steps', () => {
    fc.assert(
      fc.property(document, steps('m'), steps('t'), (base, added, theirsAdded) => {
        const mine = { ...base, steps: [...base.steps, ...added] };
        const theirs = { ...base, steps: [...base.steps, ...theirsAdded] };
        const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
        expect(conflicts).toEqual([]);
        expect(merged.steps).toEqual([...base.steps, ...theirsAdded, ...added]);
      }),
    );
  });

  it('merges two edits of one goal step field by field, and asks about the same field', () => {
    const base = { steps: [{ id: 'a', text: 'Call Sam', done: false }] };
    const ticked = { steps: [{ id: 'a', text: 'Call Sam', done: true }] };
    const reworded = { steps: [{ id: 'a', text: 'Call Sam on Friday', done: false }] };
    expect(mergeThreeWay(base, ticked, reworded)).toEqual({
      merged: { steps: [{ id: 'a', text: 'Call Sam on Friday', done: true }] },
      conflicts: [],
    });
    const other = { steps: [{ id: 'a', text: 'Text Sam', done: false }] };
    expect(mergeThreeWay(base, reworded, other).conflicts).toEqual([
      {
        path: ['steps', 'a', 'text'],
        base: 'Call Sam',
        mine: 'Call Sam on Friday',
        theirs: 'Text Sam',
      },
    ]);
  });

  it('asks when one side removed a step the other changed', () => {
    const base = { steps: [{ id: 'a', text: 'Call Sam', done: false }] };
    const removed = { steps: [] };
    const ticked = { steps: [{ id: 'a', text: 'Call Sam', done: true }] };
    const asked = mergeThreeWay(base, removed, ticked);
    expect(asked.conflicts.map((c) => c.path)).toEqual([['steps', 'a']]);
    expect(asked.merged).toEqual(ticked);
    expect(mergeThreeWay(base, removed, ticked, 'mine').merged).toEqual(removed);
  });

  it('keeps steps in the order one side gave them, with the other side’s new steps in place', () => {
    const s = (id: string) => ({ id, text: id, done: false });
    const base = [s('a'), s('b'), s('c')];
    const moved = [s('c'), s('a'), s('b')];
    const added = [s('a'), s('x'), s('b'), s('c')];
    expect(mergeThreeWay(base, moved, added)).toEqual({
      merged: [s('c'), s('a'), s('x'), s('b')],
      conflicts: [],
    });
    const movedOtherwise = [s('b'), s('c'), s('a')];
    expect(mergeThreeWay(base, moved, movedOtherwise).conflicts.map((c) => c.path)).toEqual([
      ['order'],
    ]);
  });

  it('merges lines of a plan changed in different places, and adds lines added on both sides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (before, after, mineBefore, theirsAfter) => {
          // Unique words, so the only sameness is what was kept from the base.
          const base = [
            ...before.map((_, i) => `b${i}`),
            'middle',
            ...after.map((_, i) => `a${i}`),
          ];
          const mine = [
            ...mineBefore.map((_, i) => `m${i}`),
            'middle',
            ...base.slice(before.length + 1),
          ];
          const theirs = [
            ...base.slice(0, before.length + 1),
            ...theirsAfter.map((_, i) => `t${i}`),
          ];
          const { merged, conflicts } = mergeThreeWay(base, mine, theirs);
          expect(conflicts).toEqual([]);
          expect(merged).toEqual([
            ...mine.slice(0, mineBefore.length + 1),
            ...theirs.slice(before.length + 1),
          ]);
        },
      ),
    );
    expect(mergeThreeWay(['walk'], ['walk', 'swim'], ['walk', 'read'])).toEqual({
      merged: ['walk', 'read', 'swim'],
      conflicts: [],
    });
  });

  it('merges two edits of the same plan entry field by field', () => {
    const base = [{ sign: 'Not sleeping', whatToDo: '' }];
    const mine = [{ sign: 'Not sleeping', whatToDo: 'Go to bed at ten' }];
    const theirs = [{ sign: 'Not sleeping well', whatToDo: '' }];
    expect(mergeThreeWay(base, mine, theirs)).toEqual({
      merged: [{ sign: 'Not sleeping well', whatToDo: 'Go to bed at ten' }],
      conflicts: [],
    });
  });

  it('asks when one side removed a line the other changed', () => {
    const asked = mergeThreeWay(['walk', 'swim'], ['swim'], ['walk daily', 'swim']);
    expect(asked.conflicts).toEqual([
      { path: [0], base: ['walk'], mine: [], theirs: ['walk daily'] },
    ]);
    expect(asked.merged).toEqual(['walk daily', 'swim']);
  });

  it('merges two tabs changing different About me fields', () => {
    const base = { ...EMPTY_ABOUT_ME, strengths: 'I listen.' };
    const mine = { ...base, values: 'Honesty.' };
    const theirs = { ...base, strengths: 'I listen well.' };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({
      merged: { ...base, values: 'Honesty.', strengths: 'I listen well.' },
      conflicts: [],
    });
  });

  it('treats a value set to null and a key removed as changes like any other', () => {
    const base = { targetDate: '2027-03-28', note: 'x' } as Record<string, unknown>;
    expect(
      mergeThreeWay(base, { ...base, targetDate: null }, { ...base, note: 'y' }).merged,
    ).toEqual({
      targetDate: null,
      note: 'y',
    });
    const { note: _note, ...withoutNote } = base;
    expect(mergeThreeWay(base, withoutNote, base).merged).toEqual(withoutNote);
  });
});
