import { describe, expect, it } from 'vitest';
import { conditionsQuestionnaire } from './conditions.fixture.ts';
import { collectAnswers, enabledItems } from './enable-when.ts';
import { type Given, responseFor } from './test-support.ts';

const questionnaire = conditionsQuestionnaire();
const shown = (given: Record<string, Given>) =>
  [...enabledItems(questionnaire, responseFor(questionnaire, given))].sort();

describe('enabledItems', () => {
  it('shows only unconditional items (and "exists = false" ones) before anything is answered', () => {
    expect(shown({})).toEqual(['either', 'mood', 'smokes']);
  });

  it('shows a follow-up question when its condition holds, and a display item after it', () => {
    expect(shown({ smokes: true, perDay: 25 })).toEqual(['heavy', 'mood', 'perDay', 'smokes']);
    expect(shown({ smokes: true, perDay: 19 })).toEqual(['mood', 'perDay', 'smokes']);
  });

  it('ignores answers left behind in a question that is now hidden', () => {
    // perDay still holds 25 from before, but smokes is now false: perDay and heavy are hidden.
    expect(shown({ smokes: false, perDay: 25 })).toEqual(['mood', 'smokes']);
  });

  it('shows a group and the items inside it when a coded answer matches', () => {
    expect(shown({ mood: 'low' })).toEqual(['either', 'lowMood', 'mood', 'smokes', 'why']);
    expect(shown({ mood: 'good' })).toEqual(['either', 'mood', 'smokes']);
  });

  it('combines conditions with "any": hidden only when every condition fails', () => {
    // exists=false fails (smokes answered); != "good" fails (mood is "good").
    expect(shown({ smokes: false, mood: 'good' })).not.toContain('either');
    // != "good" holds for "ok".
    expect(shown({ smokes: false, mood: 'ok' })).toContain('either');
  });

  it('treats "!=" with no answer as false', () => {
    expect(shown({ smokes: true })).not.toContain('either');
  });

  it('accepts a map of answers as well as a response', () => {
    const answers = collectAnswers(responseFor(questionnaire, { smokes: true }));
    expect(enabledItems(questionnaire, answers).has('perDay')).toBe(true);
  });
});
