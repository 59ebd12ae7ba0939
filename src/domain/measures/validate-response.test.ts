import { describe, expect, it } from 'vitest';
import { conditionsQuestionnaire } from './conditions.fixture.ts';
import { responseFor, worded } from './test-support.ts';
import { validateResponse } from './validate-response.ts';

const questionnaire = conditionsQuestionnaire();

function errorsOf(json: unknown) {
  const result = validateResponse(questionnaire, json);
  if (result.ok) throw new Error('expected the answers to be rejected');
  return worded(result.errors);
}

/** A completed response with hand-written items, for shapes a form would never produce. */
const raw = (item: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  item,
  ...extra,
});

describe('validateResponse', () => {
  it('accepts complete, well-typed answers', () => {
    const response = responseFor(questionnaire, {
      smokes: true,
      perDay: 5,
      mood: 'low',
      why: 'Work',
    });
    expect(validateResponse(questionnaire, response)).toEqual({ ok: true, response });
  });

  it('does not require an item that a condition hides', () => {
    // perDay is required but only asked of people who smoke.
    expect(validateResponse(questionnaire, responseFor(questionnaire, { smokes: false })).ok).toBe(
      true,
    );
  });

  it('requires a shown required item once the answers are completed', () => {
    expect(errorsOf(responseFor(questionnaire, { smokes: true, mood: 'low' }))).toEqual([
      { path: 'item[perDay]', message: 'item "perDay": is required but has no answer' },
      { path: 'item[lowMood].item[why]', message: 'item "why": is required but has no answer' },
    ]);
  });

  it('lets a draft leave required items empty', () => {
    const draft = responseFor(questionnaire, { smokes: true }, 'in-progress');
    expect(validateResponse(questionnaire, draft).ok).toBe(true);
  });

  it('rejects an answer to an item its condition hides', () => {
    expect(errorsOf(responseFor(questionnaire, { smokes: false, perDay: 3 }))).toEqual([
      {
        path: 'item[perDay].answer',
        message: 'item "perDay": is hidden by its condition, so it must not have an answer',
      },
    ]);
  });

  it('rejects an answer code that is not an option', () => {
    const response = raw([{ linkId: 'mood', answer: [{ valueCoding: { code: 'great' } }] }]);
    expect(errorsOf(response)).toEqual([
      {
        path: 'item[mood].answer[0]',
        message: 'item "mood": code "great" is not one of the options (low, ok, good)',
      },
    ]);
  });

  it('rejects a code from another code system', () => {
    const response = raw([
      { linkId: 'mood', answer: [{ valueCoding: { system: 'http://other', code: 'ok' } }] },
    ]);
    expect(errorsOf(response)[0]?.message).toBe(
      'item "mood": code "ok" should come from https://example.org/mood',
    );
  });

  it.each([
    [
      { linkId: 'smokes', answer: [{ valueString: 'yes' }] },
      'item[smokes].answer[0]',
      'needs true or false, because it is a boolean item',
    ],
    [
      { linkId: 'mood', answer: [{ valueString: 'low' }] },
      'item[mood].answer[0]',
      'needs one of the options (valueCoding), because it is a choice item',
    ],
    [
      { linkId: 'smokes', answer: [{ valueBoolean: true, valueString: 'yes' }] },
      'item[smokes].answer[0]',
      'each answer needs exactly one value',
    ],
    [
      { linkId: 'smokes', answer: [{ valueBoolean: true }, { valueBoolean: false }] },
      'item[smokes].answer',
      'only one answer is allowed',
    ],
  ])('rejects a wrongly typed answer: %j', (item, path, problem) => {
    const subject = `item "${item.linkId}"`;
    expect(errorsOf(raw([item]))).toContainEqual({ path, message: `${subject}: ${problem}` });
  });

  it('rejects a whole-number answer that is not whole', () => {
    const response = raw([
      { linkId: 'smokes', answer: [{ valueBoolean: true }] },
      { linkId: 'perDay', answer: [{ valueInteger: 2.5 }] },
    ]);
    expect(errorsOf(response)).toEqual([
      {
        path: 'item[perDay].answer[0].valueInteger',
        message: 'item "perDay": "valueInteger" should be a whole number, not 2.5',
      },
    ]);
  });

  it('rejects text longer than the item allows', () => {
    const response = responseFor(questionnaire, { mood: 'low', why: 'Far too much to say here' });
    expect(errorsOf(response)).toEqual([
      {
        path: 'item[lowMood].item[why].answer[0]',
        message: 'item "why": the answer is longer than 20 characters',
      },
    ]);
  });

  it('rejects items the questionnaire does not have, in the wrong place, or twice', () => {
    const response = raw([
      { linkId: 'shoeSize', answer: [{ valueInteger: 9 }] },
      { linkId: 'why', answer: [{ valueString: 'Work' }] },
      { linkId: 'mood', answer: [{ valueCoding: { code: 'low' } }] },
      { linkId: 'mood', answer: [{ valueCoding: { code: 'low' } }] },
    ]);
    expect(errorsOf(response)).toEqual([
      {
        path: 'item[shoeSize].linkId',
        message: 'item "shoeSize": this questionnaire has no item with this linkId',
      },
      {
        path: 'item[why]',
        message:
          'item "why": is inside the top level in these answers, but inside item "lowMood" in the questionnaire',
      },
      { path: 'item[mood]', message: 'item "mood": appears more than once in these answers' },
    ]);
  });

  it('rejects an answer on a group', () => {
    const response = raw([
      { linkId: 'lowMood', answer: [{ valueString: 'x' }] },
      { linkId: 'mood', answer: [{ valueCoding: { code: 'ok' } }] },
    ]);
    expect(errorsOf(response)).toContainEqual({
      path: 'item[lowMood].answer',
      message: 'item "lowMood": a group item cannot have an answer',
    });
  });

  it('rejects answers meant for another questionnaire', () => {
    const response = raw([], { questionnaire: 'https://example.org/Questionnaire/other|2' });
    expect(errorsOf(response)).toEqual([
      {
        path: 'questionnaire',
        message:
          'the answers: these answers are for "https://example.org/Questionnaire/other", not for "https://example.org/Questionnaire/test"',
      },
    ]);
  });

  it('reports a malformed response precisely', () => {
    expect(errorsOf({ resourceType: 'QuestionnaireResponse', item: [] })).toEqual([
      { path: 'status', message: 'the answers: "status" is missing' },
    ]);
  });
});
