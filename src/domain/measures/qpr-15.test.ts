// The QPR-15 as shipped: its wording, answer scale and worked examples checked by hand against the
// published scoring (PhenX protocol 661101): each statement scores 0 ("Disagree strongly") to 4
// ("Agree strongly") and the total is their sum, 0–60, higher meaning more recovery. No rule for
// missing answers is published, so any missing answer means no total.
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { flattenItems } from './items.ts';
import { score } from './score.ts';
import { responseFor, scored } from './test-support.ts';
import { validateResponse } from './validate-response.ts';
import { needsWording } from './wording.ts';

const qpr = builtInMeasure('qpr-15');
const total = (scores: (number | null)[]) =>
  score(qpr, responseFor(qpr, scored('qpr', scores))).scales[0];

describe('QPR-15 wording', () => {
  // Items 1–12, 19, 21 and 22 of the 22-item QPR, in that order (see measures/README.md).
  it('keeps the statements exactly, in the published order', () => {
    const statements = flattenItems(qpr.item)
      .filter(({ item }) => item.type === 'choice')
      .map(({ item }) => `${item.prefix} ${item.text}`);
    expect(statements).toEqual([
      '1. I feel better about myself',
      '2. I feel able to take chances in life',
      '3. I am able to develop positive relationships with other people',
      '4. I feel part of society rather than isolated',
      '5. I am able to assert myself',
      '6. I feel that my life has a purpose',
      '7. My experiences have changed me for the better',
      '8. I have been able to come to terms with things that have happened to me in the past and move on with my life',
      '9. I am basically strongly motivated to get better',
      '10. I can recognise the positive things I have done',
      '11. I am able to understand myself better',
      '12. I can take charge of my life',
      '13. I can actively engage with life',
      '14. I can take control of aspects of my life',
      '15. I can find the time to do the things I enjoy',
    ]);
  });

  it('asks about the last 7 days, on the five-point agreement scale, for every statement', () => {
    expect(needsWording(qpr)).toBe(false);
    expect(flattenItems(qpr.item)[0]?.item.text).toMatch(/in particular over the last 7 days/);
    for (const { item } of flattenItems(qpr.item).filter((e) => e.item.type === 'choice')) {
      expect(item.answerOption?.map((o) => o.valueCoding.display)).toEqual([
        'Disagree strongly',
        'Disagree',
        'Neither agree nor disagree',
        'Agree',
        'Agree strongly',
      ]);
    }
  });
});

describe('QPR-15 scoring', () => {
  it('sums the 15 statements: a worked example', () => {
    // By hand: 4 + 3 + 2 + 1 + 0 + 4 + 3 + 2 + 1 + 0 + 4 + 3 + 2 + 1 + 0 = 30.
    const scale = total([4, 3, 2, 1, 0, 4, 3, 2, 1, 0, 4, 3, 2, 1, 0]);
    expect(scale?.value).toBe(30);
    expect(scale?.code).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '1035441000000106',
    });
  });

  it('runs from 0 (all "Disagree strongly") to 60 (all "Agree strongly")', () => {
    expect(total(Array(15).fill(0))?.value).toBe(0);
    expect(total(Array(15).fill(4))?.value).toBe(60);
  });

  it('gives no total when a statement is left unanswered, and says so', () => {
    const answers = [...Array(14).fill(3), null];
    const scale = total(answers);
    expect(scale?.value).toBeNull();
    expect(scale?.explanation.join(' ')).toMatch(/qpr-15/);
    // The form itself still accepts the answers: the person may skip a statement.
    expect(validateResponse(qpr, responseFor(qpr, scored('qpr', answers))).ok).toBe(true);
  });
});
