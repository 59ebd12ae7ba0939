// Worked examples for the PHQ-9 and GAD-7, each checked by hand against the published scoring:
// every item scores 0 ("Not at all"), 1 ("Several days"), 2 ("More than half the days") or
// 3 ("Nearly every day") and the total is their sum — PHQ-9 0–27 (Kroenke et al. 2001), GAD-7
// 0–21 (Spitzer et al. 2006). Missing PHQ-9 answers follow the NHS Data Dictionary: with one or
// two missing, each is replaced by the mean of the answered items (the same as sum × 9 ÷
// answered); with more than two, no score.
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { flattenItems } from './items.ts';
import { score } from './score.ts';
import { responseFor, scored } from './test-support.ts';
import { needsWording } from './wording.ts';

const phq9 = builtInMeasure('phq-9');
const gad7 = builtInMeasure('gad-7');

const phqTotal = (scores: (number | null)[], extra = {}) =>
  score(phq9, responseFor(phq9, { ...scored('phq9', scores), ...extra }));
const gadTotal = (scores: (number | null)[]) =>
  score(gad7, responseFor(gad7, scored('gad7', scores)));

/** Item scores (0–3 each) that add up to `total`, filling from the first item. */
function spread(total: number, items: number): number[] {
  return Array.from({ length: items }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
}

/** Item wording in document order (groups and questions), to guard against accidental edits. */
const wording = (id: 'phq-9' | 'gad-7') =>
  flattenItems(builtInMeasure(id).item).map(({ item }) => item.text);

describe('published wording', () => {
  // Compared with the Pfizer forms as reproduced by the sources listed in measures/README.md.
  it('keeps the PHQ-9 wording exactly', () => {
    expect(wording('phq-9')).toEqual([
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    ]);
  });

  it('keeps the GAD-7 wording exactly', () => {
    expect(wording('gad-7')).toEqual([
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
      'Feeling nervous, anxious, or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid, as if something awful might happen',
      'If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?',
    ]);
  });
});

describe('PHQ-9', () => {
  it('ships with its wording and the SNOMED CT code of the total', () => {
    expect(needsWording(phq9)).toBe(false);
    const [total] = phqTotal(spread(0, 9)).scales;
    expect(total?.code).toEqual({
      system: 'http://snomed.info/sct',
      code: '720433000',
      display: 'Patient health questionnaire 9 score',
    });
  });

  it('scores a worked example and explains each step', () => {
    // By hand: 1 + 2 + 1 + 3 + 0 + 1 + 2 + 0 + 0 = 10, in the 10–14 band, "Moderate".
    const result = phqTotal([1, 2, 1, 3, 0, 1, 2, 0, 0]);
    expect(result.riskSignals).toEqual([]);
    expect(result.scales).toHaveLength(1);
    const [total] = result.scales;
    expect(total?.value).toBe(10);
    expect(total?.band?.label).toBe('Moderate');
    expect(total?.explanation).toEqual([
      'This score adds up items "phq9-1", "phq9-2", "phq9-3", "phq9-4", "phq9-5", "phq9-6", "phq9-7", "phq9-8", "phq9-9".',
      'Item "phq9-1": "Several days" scores 1.',
      'Item "phq9-2": "More than half the days" scores 2.',
      'Item "phq9-3": "Several days" scores 1.',
      'Item "phq9-4": "Nearly every day" scores 3.',
      'Item "phq9-5": "Not at all" scores 0.',
      'Item "phq9-6": "Several days" scores 1.',
      'Item "phq9-7": "More than half the days" scores 2.',
      'Item "phq9-8": "Not at all" scores 0.',
      'Item "phq9-9": "Not at all" scores 0.',
      'Adding up the answered items (9 of 9): 1 + 2 + 1 + 3 + 0 + 1 + 2 + 0 + 0 = 10.',
      'A score of 10 is in the band "Moderate" (10–14).',
      'Score: 10.',
    ]);
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Moderately severe'],
    [19, 'Moderately severe'],
    [20, 'Severe'],
    [27, 'Severe'],
  ])('puts a total of %i in the band "%s"', (total, band) => {
    const [scale] = phqTotal(spread(total, 9)).scales;
    expect(scale?.value).toBe(total);
    expect(scale?.band?.label).toBe(band);
  });

  it('does not count the difficulty question in the total', () => {
    const [scale] = phqTotal([1, 1, 1, 1, 1, 1, 1, 1, 0], { 'phq9-10': 'very-difficult' }).scales;
    expect(scale?.value).toBe(8);
  });

  it('prorates one missing answer', () => {
    // By hand: items 1–7 and 9 answered 3 each = 24; 24 × 9 ÷ 8 = 27.
    const [scale] = phqTotal([3, 3, 3, 3, 3, 3, 3, null, 3]).scales;
    expect(scale?.value).toBe(27);
    expect(scale?.band?.label).toBe('Severe');
    expect(scale?.prorated).toEqual({ answered: 8, items: 9 });
    expect(scale?.explanation).toContain('Item "phq9-8" has no answer.');
    expect(scale?.explanation).toContain(
      'Answers missing: 1 of 9. Up to 2 may be missing, so the sum is prorated: 24 × 9 ÷ 8 = 27.',
    );
  });

  it('marks a prorated total and shows the arithmetic that moved it from "Minimal" to "Mild"', () => {
    // The example. By hand: eight answers 1 + 1 + 1 + 1 + 0 + 0 + 0 + 0 = 4 (item 8
    // skipped); 4 × 9 ÷ 8 = 4.5, exactly halfway, rounded half up to 5: "Mild" (5–9), where the
    // unprorated 4 would have been "Minimal".
    const [scale] = phqTotal([1, 1, 1, 1, 0, 0, 0, null, 0]).scales;
    expect(scale?.value).toBe(5);
    expect(scale?.band?.label).toBe('Mild');
    expect(scale?.prorated).toEqual({ answered: 8, items: 9 });
    expect(scale?.explanation.slice(-5)).toEqual([
      'Answers missing: 1 of 9. Up to 2 may be missing, so the sum is prorated: 4 × 9 ÷ 8 = 4.5.',
      'Rounded to a whole number: 4.5 is exactly halfway, and halves round up, so 5.',
      'A score of 5 is in the band "Mild" (5–9).',
      'Score: 5.',
      'This score is prorated: it was worked out from 8 of 9 answers, not all of them.',
    ]);
  });

  it('does not mark a total when every item was answered', () => {
    expect(phqTotal([1, 1, 1, 1, 0, 0, 0, 0, 0]).scales[0]?.prorated).toBeUndefined();
  });

  it('never fills in item 9 from the other answers: no total, and the support is offered', () => {
    // Prorating would give 24 × 9 ÷ 8 = 27 by imputing a 3 to item 9; instead there is no total.
    const result = phqTotal([3, 3, 3, 3, 3, 3, 3, 3, null]);
    const [scale] = result.scales;
    expect(scale?.value).toBeNull();
    expect(scale?.band).toBeUndefined();
    expect(scale?.prorated).toBeUndefined();
    expect(scale?.explanation.at(-1)).toBe(
      'Answers missing: 1 of 9, including "phq9-9". That question is about safety, so its answer is never guessed from the others, and no score is given.',
    );
    expect(result.riskSignals).toEqual([
      expect.objectContaining({ id: 'phq9-item-9-unanswered', linkId: 'phq9-9', score: null }),
    ]);
  });

  it('prorates two missing answers and rounds to a whole number', () => {
    // By hand: 2 + 1 + 1 + 1 + 1 + 1 + 1 = 8 from 7 items; 8 × 9 ÷ 7 = 10.2857…, rounded to 10.
    const [scale] = phqTotal([2, 1, 1, null, 1, 1, 1, null, 1]).scales;
    expect(scale?.value).toBe(10);
    expect(scale?.band?.label).toBe('Moderate');
    expect(scale?.explanation).toContain(
      'Answers missing: 2 of 9. Up to 2 may be missing, so the sum is prorated: 8 × 9 ÷ 7 = 10.2857.',
    );
    expect(scale?.explanation).toContain('Rounded to a whole number: 10.');
  });

  it('gives no score with three answers missing', () => {
    const [scale] = phqTotal([3, 3, 3, 3, 3, 3, null, null, null]).scales;
    expect(scale?.value).toBeNull();
    expect(scale?.band).toBeUndefined();
    expect(scale?.explanation.at(-1)).toBe(
      'Answers missing: 3 of 9. At most 2 may be missing, so no score is given.',
    );
  });

  it('flags item 9 answered above "Not at all" as a risk signal', () => {
    // Total by hand: 0 × 8 + 1 = 1 ("Minimal"); the signal does not depend on the total.
    const result = phqTotal([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result.scales[0]?.value).toBe(1);
    expect(result.riskSignals).toEqual([
      expect.objectContaining({ id: 'phq9-item-9', linkId: 'phq9-9', score: 1 }),
    ]);
    expect(result.riskSignals[0]?.explanation).toMatch(
      /^Item "phq9-9" scored 1 \(> 0\): Item 9 \(thoughts/,
    );
  });

  it('flags item 9 even when too many other answers are missing to score', () => {
    const result = phqTotal([null, null, null, null, null, null, null, null, 3]);
    expect(result.scales[0]?.value).toBeNull();
    expect(result.riskSignals.map((signal) => signal.score)).toEqual([3]);
  });

  it('raises no signal when item 9 is "Not at all"', () => {
    expect(phqTotal([3, 3, 3, 3, 3, 3, 3, 3, 0]).riskSignals).toEqual([]);
  });

  it('raises a signal when item 9 is left unanswered, even with others skipped too', () => {
    for (const scores of [
      [0, 0, 0, 0, 0, 0, 0, 0, null],
      [0, null, 0, 0, 0, 0, null, 0, null],
    ]) {
      const result = phqTotal(scores);
      expect(result.riskSignals).toHaveLength(1);
      expect(result.riskSignals[0]).toMatchObject({
        id: 'phq9-item-9-unanswered',
        linkId: 'phq9-9',
        score: null,
      });
      expect(result.riskSignals[0]?.explanation).toMatch(
        /^Item "phq9-9" was left unanswered: Item 9 \(thoughts/,
      );
    }
  });
});

describe('GAD-7', () => {
  it('scores a worked example', () => {
    // By hand: 0 + 1 + 2 + 3 + 1 + 0 + 2 = 9, in the 5–9 band, "Mild".
    const [scale] = gadTotal([0, 1, 2, 3, 1, 0, 2]).scales;
    expect(scale?.value).toBe(9);
    expect(scale?.band?.label).toBe('Mild');
    expect(scale?.code?.code).toBe('445455005');
    expect(scale?.explanation.at(-3)).toBe(
      'Adding up the answered items (7 of 7): 0 + 1 + 2 + 3 + 1 + 0 + 2 = 9.',
    );
  });

  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Mild'],
    [9, 'Mild'],
    [10, 'Moderate'],
    [14, 'Moderate'],
    [15, 'Severe'],
    [21, 'Severe'],
  ])('puts a total of %i in the band "%s"', (total, band) => {
    const [scale] = gadTotal(spread(total, 7)).scales;
    expect(scale?.value).toBe(total);
    expect(scale?.band?.label).toBe(band);
  });

  it('gives no score when any answer is missing (no published rule to prorate)', () => {
    const [scale] = gadTotal([3, 3, 3, 3, 3, 3, null]).scales;
    expect(scale?.value).toBeNull();
    expect(scale?.explanation.at(-1)).toBe(
      'Answers missing: 1 of 7. Every item must be answered for this score, so no score is given.',
    );
  });

  it('has no risk items', () => {
    expect(gadTotal([3, 3, 3, 3, 3, 3, 3]).riskSignals).toEqual([]);
  });
});
