import { describe, expect, it } from 'vitest';
import { messageReadings, readability, sentencesOf, syllables, wordsOf } from './readability.ts';

describe('Counting syllables', () => {
  // Each counted by saying it aloud (British English).
  const spoken: Record<string, number> = {
    the: 1,
    make: 1,
    while: 1,
    there: 1,
    free: 1,
    quite: 1,
    notes: 1,
    times: 1,
    saved: 1,
    shared: 1,
    called: 1,
    goes: 1,
    thing: 1,
    table: 2,
    little: 2,
    tables: 2,
    changes: 2,
    places: 2,
    wishes: 2,
    wanted: 2,
    needed: 2,
    safely: 2,
    statement: 2,
    careful: 2,
    homework: 2,
    lonely: 2,
    sometimes: 2,
    therefore: 2,
    being: 2,
    doing: 2,
    saying: 2,
    happy: 2,
    social: 2,
    action: 2,
    anxious: 2,
    issue: 2,
    language: 2,
    journal: 2,
    crisis: 2,
    people: 2,
    someone: 2,
    media: 3,
    radio: 3,
    video: 3,
    period: 3,
    previous: 3,
    serious: 3,
    actual: 3,
    continue: 3,
    different: 3,
    possible: 3,
    supporter: 3,
    suggestion: 3,
    questionnaire: 3,
    anyone: 3,
    idea: 3,
    area: 3,
    usually: 4,
    recovery: 4,
    emergency: 4,
    information: 4,
    practitioner: 4,
  };

  it('says each word as many times as it is said aloud', () => {
    const counted = Object.fromEntries(Object.keys(spoken).map((word) => [word, syllables(word)]));
    expect(counted).toEqual(spoken);
  });

  it('takes "y" at the start of a word as a consonant, and after one as a vowel', () => {
    expect(['you', 'yes', 'your', 'yellow'].map(syllables)).toEqual([1, 1, 1, 2]);
    expect(['happy', 'every', 'they'].map(syllables)).toEqual([2, 3, 1]);
  });

  it('reads capitals as letters, numbers as digits, and joined words as their parts', () => {
    expect(syllables('NHS')).toBe(3);
    expect(syllables('999')).toBe(3);
    expect(syllables('check-in')).toBe(2);
    expect(syllables('life-area')).toBe(4);
    expect(syllables('anyone’s')).toBe(3);
    expect(syllables('I’m')).toBe(1);
  });
});

describe('Sentences and words', () => {
  it('ends a sentence at a full stop, a question or exclamation mark, a colon or a line', () => {
    expect(sentencesOf('Save it. Then go? Yes! For example: this\nAnd that')).toEqual([
      'Save it.',
      'Then go?',
      'Yes!',
      'For example:',
      'this',
      'And that',
    ]);
  });

  it('reads quoted examples in a list one by one', () => {
    expect(sentencesOf('"A quiet room", "My music"')).toEqual(['"A quiet room"', '"My music"']);
  });

  it('keeps words joined by hyphens and apostrophes whole', () => {
    expect(wordsOf('I’m doing a check-in, at 10:30.')).toEqual([
      'I’m',
      'doing',
      'a',
      'check-in',
      'at',
      '10',
      '30',
    ]);
  });
});

describe('The Flesch–Kincaid grade', () => {
  it('is 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 13 words, 2 sentences, 16 syllables (one each, but two in "happy", "today", "garden").
    const result = readability('The cat sat on the mat. It was happy today in the garden.');
    expect(result).toMatchObject({ words: 13, sentences: 2, syllables: 16 });
    expect(result.grade).toBeCloseTo(0.39 * (13 / 2) + 11.8 * (16 / 13) - 15.59, 10);
  });

  it('rises with long sentences and long words', () => {
    const plain = readability('We keep your plan safe. Only you can see it.');
    const hard = readability(
      'Your documentation is maintained confidentially, accessible exclusively to yourself unless otherwise authorised.',
    );
    expect(plain.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(15);
  });
});

describe('A message as it is read', () => {
  it('puts a short word in each slot and reads every plural form', () => {
    expect(messageReadings('Hello, {name}.')).toEqual(['Hello, Sam.']);
    expect(
      messageReadings('{count, plural, one {# photo was kept} other {# photos were kept}}'),
    ).toEqual(['1 photo was kept', '3 photos were kept']);
  });
});
