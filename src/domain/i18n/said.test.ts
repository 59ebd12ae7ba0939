// Messages said now and worded later, in the reader's language (said.ts).
import { describe, expect, it } from 'vitest';
import './questionnaire.messages.ts';
import { readSaid, say, wordsFor } from './said.ts';

describe('A message said now and worded later', () => {
  it('carries its key and values, not words', () => {
    const said = say('questionnaire.where.item', { item: 'q3' });
    expect(said).not.toContain('item "q3"');
    expect(readSaid(said)).toEqual({ key: 'questionnaire.where.item', params: { item: 'q3' } });
    expect(wordsFor(said)).toBe('item "q3"');
  });

  it('words a value that was said too', () => {
    const where = say('questionnaire.where.item', { item: 'q3' });
    const problem = say('questionnaire.problem.missing', { field: 'linkId' });
    expect(wordsFor(say('questionnaire.problemAt', { where, problem }))).toBe(
      'item "q3": "linkId" is missing',
    );
  });

  it('gives plain text back as it is', () => {
    expect(wordsFor('no key here')).toBe('no key here');
  });

  it('shows text someone sent as they sent it, even when it looks like a message', () => {
    // A linkId is whatever the sender chose: one shaped like a said message with no words must
    // not stop the refusal being worded.
    const linkId = '\u0002["no.such.key"]';
    expect(wordsFor(say('questionnaire.where.item', { item: linkId }))).toBe(`item "${linkId}"`);
  });
});
