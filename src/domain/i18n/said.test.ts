import { describe, expect, it } from 'vitest';
import './core.messages.ts';
import { asValue, codeOf, readSaid, saidValue, say, wordsFor, wordsOfCode } from './said.ts';
import { t } from './translate.ts';

describe('Messages said later, in the reader’s language', () => {
  it('carry their key and values, and word to what t() says', () => {
    const said = say('validation.tooLong', { max: 200 });
    expect(readSaid(said)).toEqual({ key: 'validation.tooLong', params: { max: 200 } });
    expect(wordsFor(said)).toBe(t('validation.tooLong', { max: 200 }));
    expect(readSaid(say('validation.invalid'))).toEqual({ key: 'validation.invalid' });
  });

  it('word a value that is itself a message, and send it as a code inside a code', () => {
    const said = say('error.WM_AUTH_TOO_MANY_ATTEMPTS', {
      wait: saidValue('time.minutes', { n: 3 }),
    });
    expect(wordsFor(said)).toBe(t('error.WM_AUTH_TOO_MANY_ATTEMPTS', { wait: '3 minutes' }));
    const code = codeOf(said);
    expect(code).toEqual({
      code: 'error.WM_AUTH_TOO_MANY_ATTEMPTS',
      params: { wait: { code: 'time.minutes', params: { n: 3 } } },
    });
    expect(wordsOfCode(code)).toBe(wordsFor(said));
  });

  it('keep text typed by a person as it is, even when it looks like a message', () => {
    expect(wordsFor('validation.tooLong')).toBe('validation.tooLong');
    expect(readSaid('plain words')).toBeUndefined();
    const quoting = say('validation.unknownField', { keys: '\u0002["error.WM_INTERNAL"]' });
    expect(wordsFor(quoting)).toBe(
      t('validation.unknownField', { keys: '\u0002["error.WM_INTERNAL"]' }),
    );
  });

  it('send text that was never said as the general “not valid”, and no words for unknown keys', () => {
    expect(codeOf('Some words from a library')).toEqual({ code: 'validation.invalid' });
    expect(wordsOfCode({ code: 'no.such.key' })).toBeUndefined();
    expect(
      wordsOfCode({
        code: 'error.WM_AUTH_TOO_MANY_ATTEMPTS',
        params: { wait: { code: 'no.such' } },
      }),
    ).toBeUndefined();
  });
});

describe('Problems with a questionnaire or its answers', () => {
  it('carry keys and values, not words, and are worded whole', async () => {
    await import('./questionnaire.messages.ts');
    const said = say('questionnaire.where.item', { item: 'q3' });
    expect(said).not.toContain('item "q3"');
    const where = asValue(said);
    const problem = asValue(say('questionnaire.problem.missing', { field: 'linkId' }));
    expect(wordsFor(say('questionnaire.problemAt', { where, problem }))).toBe(
      'item "q3": "linkId" is missing',
    );
    // A linkId is whatever the sender chose: one shaped like a message is shown as sent.
    const linkId = '\u0002["error.WM_INTERNAL"]';
    expect(wordsFor(say('questionnaire.where.item', { item: linkId }))).toBe(`item "${linkId}"`);
  });
});
