// A small questionnaire with conditions, shared by the enableWhen and answer-validation tests.
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { minimalQuestionnaire } from './test-support.ts';

const mood = (code: string) => ({
  valueCoding: { system: 'https://example.org/mood', code, display: code },
});

export function conditionsQuestionnaire(): Questionnaire {
  const result = parseQuestionnaire(
    minimalQuestionnaire([
      { linkId: 'smokes', type: 'boolean', text: 'Do you smoke?' },
      {
        linkId: 'perDay',
        type: 'integer',
        text: 'How many a day?',
        required: true,
        enableWhen: [{ question: 'smokes', operator: '=', answerBoolean: true }],
      },
      {
        linkId: 'heavy',
        type: 'display',
        text: 'Help to cut down is available.',
        enableWhen: [{ question: 'perDay', operator: '>=', answerInteger: 20 }],
      },
      {
        linkId: 'mood',
        type: 'choice',
        text: 'Your mood',
        answerOption: [mood('low'), mood('ok'), mood('good')],
      },
      {
        linkId: 'lowMood',
        type: 'group',
        text: 'About your mood',
        enableWhen: [{ question: 'mood', operator: '=', answerCoding: { code: 'low' } }],
        item: [
          {
            linkId: 'why',
            type: 'text',
            text: 'What is behind it?',
            required: true,
            maxLength: 20,
          },
        ],
      },
      {
        linkId: 'either',
        type: 'string',
        text: 'Anything else?',
        enableBehavior: 'any',
        enableWhen: [
          { question: 'smokes', operator: 'exists', answerBoolean: false },
          { question: 'mood', operator: '!=', answerCoding: { code: 'good' } },
        ],
      },
    ]),
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.questionnaire;
}
