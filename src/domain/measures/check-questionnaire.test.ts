// Conditions (enableWhen) that a Questionnaire may not contain, with precise errors.
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { choice, minimalQuestionnaire, questionnaireErrors } from './test-support.ts';

describe('parseQuestionnaire: conditions (enableWhen)', () => {
  const when = (condition: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    minimalQuestionnaire([
      choice('q1'),
      { linkId: 'n', type: 'integer', text: 'How many?' },
      { linkId: 'q2', type: 'string', text: 'Tell us more', enableWhen: [condition], ...extra },
    ]);

  it('accepts a well-formed condition', () => {
    expect(
      parseQuestionnaire(when({ question: 'q1', operator: '=', answerCoding: { code: 'b' } })).ok,
    ).toBe(true);
  });

  it.each([
    [
      { question: 'q9', operator: 'exists', answerBoolean: true },
      'question',
      'refers to item "q9", which does not exist',
    ],
    [
      { question: 'q2', operator: 'exists', answerBoolean: true },
      'question',
      'refers to its own item',
    ],
    [
      { question: 'q1', operator: '>', answerCoding: { code: 'a' } },
      'operator',
      'operator ">" cannot be used with item "q1" (a choice item)',
    ],
    [
      { question: 'q1', operator: '=', answerString: 'a' },
      'answerString',
      'operator "=" on item "q1" needs answerCoding',
    ],
    [
      { question: 'n', operator: 'exists', answerInteger: 1 },
      'answerInteger',
      'operator "exists" on item "n" needs answerBoolean',
    ],
    [
      { question: 'q1', operator: '=', answerCoding: { code: 'zz' } },
      'answerCoding',
      'code "zz" is not an option of item "q1"',
    ],
    [
      { question: 'q1', operator: '=' },
      'operator',
      'needs exactly one answer value (answerBoolean, answerInteger, answerDecimal, answerString or answerCoding)',
    ],
  ])('rejects %j', (condition, field, problem) => {
    expect(questionnaireErrors(when(condition))).toEqual([
      { path: `item[q2].enableWhen[0].${field}`, message: `item "q2", condition 1: ${problem}` },
    ]);
  });

  it('rejects an unsupported operator with the allowed list', () => {
    const [error] = questionnaireErrors(when({ question: 'n', operator: 'in', answerInteger: 1 }));
    expect(error).toEqual({
      path: 'item[q2].enableWhen[0].operator',
      message:
        'item "q2", condition 1: "operator" must be one of "exists", "=", "!=", ">", "<", ">=", "<=", not "in"',
    });
  });

  it('needs enableBehavior when there are two conditions', () => {
    const json = minimalQuestionnaire([
      choice('q1'),
      choice('q2'),
      {
        linkId: 'q3',
        type: 'string',
        text: 'More',
        enableWhen: [
          { question: 'q1', operator: 'exists', answerBoolean: true },
          { question: 'q2', operator: 'exists', answerBoolean: true },
        ],
      },
    ]);
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'item[q3].enableBehavior',
        message:
          'item "q3": has more than one condition, so enableBehavior ("all" or "any") is required',
      },
    ]);
  });

  it('rejects conditions that loop', () => {
    const json = minimalQuestionnaire([
      choice('a', { enableWhen: [{ question: 'b', operator: 'exists', answerBoolean: true }] }),
      choice('b', { enableWhen: [{ question: 'a', operator: 'exists', answerBoolean: true }] }),
    ]);
    expect(questionnaireErrors(json)).toEqual([
      { path: 'item[a].enableWhen', message: 'item "a": conditions form a loop: "a" → "b" → "a"' },
    ]);
  });

  it('rejects a group shown only when a question inside it is answered', () => {
    const json = minimalQuestionnaire([
      {
        linkId: 'g',
        type: 'group',
        enableWhen: [{ question: 'inner', operator: 'exists', answerBoolean: true }],
        item: [choice('inner')],
      },
    ]);
    expect(questionnaireErrors(json)[0]?.message).toBe(
      'item "g": conditions form a loop: "g" → "inner" → "g"',
    );
  });
});
