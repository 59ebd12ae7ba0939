// The demo answers questionnaires by item id and answer code only. This keeps it so: no item
// or option wording of any measure we ship (licensed or free) appears in the demo's code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const MEASURES = path.join(root, 'measures');

type Item = {
  text?: string;
  item?: Item[];
  answerOption?: { valueCoding: { display?: string } }[];
};

function wordingOf(items: Item[]): string[] {
  return items.flatMap((item) => [
    ...(item.text ? [item.text] : []),
    ...(item.answerOption ?? []).flatMap((option) =>
      option.valueCoding.display ? [option.valueCoding.display] : [],
    ),
    ...wordingOf(item.item ?? []),
  ]);
}

describe('The demo', () => {
  it('holds no wording of any shipped measure, only ids and codes', () => {
    const wording = readdirSync(MEASURES)
      .filter((name) => name.endsWith('.json') && name !== 'goal-ratings.json')
      .flatMap((name) =>
        wordingOf(JSON.parse(readFileSync(path.join(MEASURES, name), 'utf8')).item),
      )
      // Short answer words ("Not at all", "Agree") are everyday English, not a measure's items.
      .filter((words) => words.length > 20)
      .map((words) => words.toLowerCase());
    expect(wording.length).toBeGreaterThan(20);
    const sources = readdirSync(import.meta.dirname)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => readFileSync(path.join(import.meta.dirname, name), 'utf8').toLowerCase());
    for (const words of wording)
      for (const source of sources) expect(source.includes(words), words).toBe(false);
  });
});
