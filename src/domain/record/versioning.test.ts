import { describe, expect, it } from 'vitest';
import { etagFor, parseIfMatch } from './versioning.ts';

describe('Versions in ETag and If-Match', () => {
  it('writes a weak ETag that If-Match reads back', () => {
    expect(etagFor(3)).toBe('W/"3"');
    for (const version of [0, 1, 42, 999_999_999]) {
      expect(parseIfMatch(etagFor(version))).toEqual({ kind: 'version', version });
    }
  });

  it.each([
    ['W/"7"', 7],
    ['"7"', 7],
    ['  W/"7"  ', 7],
    ['W/"007"', 7],
  ])('reads %j as version %i', (header, version) => {
    expect(parseIfMatch(header)).toEqual({ kind: 'version', version });
  });

  it.each([undefined, '', '   '])('treats %j as missing', (header) => {
    expect(parseIfMatch(header)).toEqual({ kind: 'missing' });
  });

  it.each([
    '7',
    'W/7',
    '*',
    'W/"-1"',
    'W/"1.5"',
    'W/"one"',
    'W/"1", W/"2"',
    'W/"1234567890"',
    'w/"7"',
  ])('refuses %j as invalid', (header) => {
    expect(parseIfMatch(header)).toEqual({ kind: 'invalid' });
  });
});
