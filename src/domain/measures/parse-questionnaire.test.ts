// Structural errors in a Questionnaire: each names the item by linkId (or position) and the field.
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { ITEM_WEIGHT_URL, ORDINAL_VALUE_URL } from './questionnaire.schema.ts';
import { choice, minimalQuestionnaire, option, questionnaireErrors } from './test-support.ts';

describe('parseQuestionnaire: structure', () => {
  it('accepts a small valid questionnaire and keeps unknown FHIR fields', () => {
    const result = parseQuestionnaire(
      minimalQuestionnaire([choice('q1')], { meta: { profile: ['x'] } }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.questionnaire.meta).toEqual({ profile: ['x'] });
  });

  it('rejects something that is not an object', () => {
    expect(questionnaireErrors('PHQ-9')).toEqual([
      { path: '', message: 'the questionnaire: this must be a JSON object' },
    ]);
  });

  it('rejects another FHIR resource type', () => {
    const json = minimalQuestionnaire([choice('q1')], { resourceType: 'Patient' });
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'resourceType',
        message: 'the questionnaire: resourceType must be "Questionnaire", not "Patient"',
      },
    ]);
  });

  it('names a nested unsupported item type by its linkId', () => {
    const json = minimalQuestionnaire([
      {
        linkId: 'g1',
        type: 'group',
        item: [choice('q1'), { linkId: 'q3', type: 'attachment', text: 'Upload' }],
      },
    ]);
    const [error] = questionnaireErrors(json);
    expect(error?.path).toBe('item[g1].item[q3].type');
    expect(error?.message).toMatch(
      /^item "q3": type "attachment" is not supported \(supported types: group, display/,
    );
  });

  it('names an item without a linkId by its position', () => {
    const json = minimalQuestionnaire([
      { linkId: 'g1', type: 'group', item: [choice('q1'), { type: 'boolean', text: 'No id' }] },
    ]);
    expect(questionnaireErrors(json)).toEqual([
      { path: 'item[g1].item[1].linkId', message: 'item 2 of item "g1": "linkId" is missing' },
    ]);
  });

  it('says which field has the wrong kind of value', () => {
    const json = minimalQuestionnaire([choice('q1', { required: 'yes' })]);
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'item[q1].required',
        message: 'item "q1": "required" should be true or false, not "yes"',
      },
    ]);
  });

  it('rejects a questionnaire without items', () => {
    expect(questionnaireErrors(minimalQuestionnaire([]))).toEqual([
      { path: 'item', message: 'the questionnaire: "item" must not be empty' },
    ]);
  });

  it('rejects duplicate linkIds, pointing at the second one', () => {
    const json = minimalQuestionnaire([
      choice('q1'),
      { linkId: 'g', type: 'group', item: [choice('q1')] },
    ]);
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'item[g].item[q1].linkId',
        message: 'item "q1": linkId "q1" is used by more than one item',
      },
    ]);
  });

  it.each([
    [
      { linkId: 'g', type: 'group', text: 'Empty' },
      'item[g]',
      'item "g": a group needs at least one item inside it',
    ],
    [
      { linkId: 'd', type: 'display', text: 'Hi', required: true },
      'item[d].required',
      'item "d": a display item cannot be required',
    ],
    [
      { linkId: 'c', type: 'choice', text: 'Pick', answerValueSet: 'http://x' },
      'item[c].answerValueSet',
      'item "c": answerValueSet is not supported: list the options in answerOption',
    ],
    [
      { linkId: 'c', type: 'choice', text: 'Pick' },
      'item[c].answerOption',
      'item "c": a choice item needs at least one answerOption',
    ],
    [
      { linkId: 's', type: 'string', text: 'Name', repeats: true },
      'item[s].repeats',
      'item "s": repeating items ("repeats": true) are not supported',
    ],
    [
      { linkId: 'b', type: 'boolean', text: 'Yes?', answerOption: [option('a')] },
      'item[b].answerOption',
      'item "b": answerOption is only allowed on choice items, not on a boolean item',
    ],
    [
      { linkId: 'i', type: 'integer', text: 'How many?', item: [choice('x')] },
      'item[i].item',
      'item "i": only groups can contain items, but this integer item has items inside it',
    ],
  ])('rejects a misused item: %j', (item, path, message) => {
    expect(questionnaireErrors(minimalQuestionnaire([item]))).toContainEqual({ path, message });
  });

  it('rejects an option that is not a coding', () => {
    const json = minimalQuestionnaire([
      choice('q1', { answerOption: [option('a'), { valueString: 'Often' }] }),
    ]);
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'item[q1].answerOption[1].valueCoding',
        message:
          'item "q1", answer option 2: the option needs a valueCoding with a code (other option types are not supported)',
      },
    ]);
  });

  it('rejects two options with the same code', () => {
    const json = minimalQuestionnaire([choice('q2', { answerOption: [option('a'), option('a')] })]);
    expect(questionnaireErrors(json)).toEqual([
      {
        path: 'item[q2].answerOption[1].valueCoding.code',
        message: 'item "q2", answer option 2: code "a" is used by more than one option',
      },
    ]);
  });

  it('checks the allowed range of a number item', () => {
    const range = (min: unknown, max: unknown) => ({
      linkId: 'n',
      type: 'integer',
      text: 'Rate it',
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', ...(min as object) },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', ...(max as object) },
      ],
    });
    expect(
      questionnaireErrors(minimalQuestionnaire([range({ valueInteger: 10 }, { valueInteger: 0 })])),
    ).toEqual([
      {
        path: 'item[n].extension',
        message: 'item "n": minValue (10) is greater than maxValue (0)',
      },
    ]);
    expect(
      questionnaireErrors(
        minimalQuestionnaire([range({ valueDecimal: 0.5 }, { valueInteger: 9 })]),
      ),
    ).toEqual([
      {
        path: 'item[n].extension',
        message: 'item "n": the minValue extension needs a whole number (valueInteger)',
      },
    ]);
  });

  it('points someone using the R5 itemWeight extension to ordinalValue', () => {
    const weighted = {
      valueCoding: { code: 'a' },
      extension: [{ url: ITEM_WEIGHT_URL, valueDecimal: 1 }],
    };
    const [error] = questionnaireErrors(
      minimalQuestionnaire([choice('q1', { answerOption: [weighted] })]),
    );
    expect(error?.message).toBe(
      `item "q1", answer option 1: uses the itemWeight extension; Waymark reads option scores from the ordinalValue extension (${ORDINAL_VALUE_URL})`,
    );
  });
});
