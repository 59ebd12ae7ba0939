import { describe, expect, it } from 'vitest';
import { checkMessage, fillMessage, parseMessage, pluralFormsOf } from './message-format.ts';

const fill = (template: string, params: Record<string, string | number>, language = 'en-GB') => {
  const plural = new Intl.PluralRules(language);
  return fillMessage(parseMessage(template), params, {
    number: (value) => new Intl.NumberFormat(language).format(value),
    pluralForm: (value) => plural.select(value),
  });
};

describe('Messages', () => {
  it('fill named slots, writing numbers the local way', () => {
    expect(fill('{name} wrote {count} words', { name: 'Sam', count: 20000 })).toBe(
      'Sam wrote 20,000 words',
    );
  });

  it('leave a slot with no value visible rather than blank', () => {
    expect(fill('Hello {name}', {})).toBe('Hello {name}');
  });

  it('choose the plural form the language needs: Welsh has six', () => {
    const welsh =
      '{n, plural, zero {# cathod} one {# gath} two {# gath} few {# chath} many {# chath} other {# cath}}';
    expect([0, 1, 2, 3, 6, 11].map((n) => fill(welsh, { n }, 'cy'))).toEqual([
      '0 cathod',
      '1 gath',
      '2 gath',
      '3 chath',
      '6 chath',
      '11 cath',
    ]);
    expect(pluralFormsOf('cy').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('choose Polish forms by the rules of Polish, not English', () => {
    const polish = '{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}';
    expect([1, 2, 5, 22, 25].map((n) => fill(polish, { n }, 'pl'))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '25 plików',
    ]);
  });

  it('prefer an exact match such as =0', () => {
    expect(fill('{n, plural, =0 {none yet} one {# step} other {# steps}}', { n: 0 })).toBe(
      'none yet',
    );
  });
});

describe('Checking a translation against its English', () => {
  it('names a plural form the language needs but the message lacks', () => {
    expect(
      checkMessage(
        '{n, plural, one {# day} other {# days}}',
        '{n, plural, one {# dzień} other {# dni}}',
        'pl',
      ),
    ).toEqual(['the plural of "n" lacks the form(s) few, many']);
  });

  it('names a slot the English does not fill', () => {
    expect(checkMessage('Hello {name}', 'Helo {enw}', 'cy')).toEqual([
      'uses "{enw}", which the English does not fill in',
    ]);
  });

  it('names a broken message', () => {
    expect(checkMessage('Hello {name}', 'Helo {name', 'cy')).toEqual([
      'a "{" at 5 is never closed',
    ]);
    expect(
      checkMessage(
        '{n, plural, one {# day} other {# days}}',
        '{n, plural, one {# diwrnod}}',
        'cy',
      )[0],
    ).toBe('the plural of "n" has no "other" form');
  });

  it('accepts a faithful translation', () => {
    expect(checkMessage('Hello {name}', 'Helo {name}', 'cy')).toEqual([]);
  });
});

describe('Lists in Welsh', () => {
  it('say "ac" before a vowel and "a" before a consonant, never "a(c)"', async () => {
    const { formatList, startIn } = await import('./translate.ts');
    startIn('cy');
    try {
      expect(formatList(['nodau', 'amdanaf i'])).toBe('nodau ac amdanaf i');
      expect(formatList(['amdanaf i', 'nodau', 'cynllun'])).toBe('amdanaf i, nodau, a cynllun');
    } finally {
      startIn('en-GB');
    }
  });
});
