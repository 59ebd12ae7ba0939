import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors.ts';
import { keyringOf, open, reseal, seal } from './journal-crypto.ts';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const binding = { personId: 'person-1', entryId: 'entry-1' };
const text = 'Walked by the river; felt the fog lift a little.';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
  return 'none';
};

describe('Journal encryption', () => {
  it('opens what it sealed, and never stores the text or reuses an IV', () => {
    const keyring = keyringOf([k1]);
    const a = seal(keyring, text, binding);
    const b = seal(keyring, text, binding);
    expect(a.keyId).toBe('k1');
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(a.authTag, 'base64')).toHaveLength(16);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(JSON.stringify(a)).not.toContain('river');
    expect(open(keyring, a, binding)).toBe(text);
  });

  it('refuses a changed ciphertext, a changed tag, or text moved to another entry or person', () => {
    const keyring = keyringOf([k1]);
    const sealed = seal(keyring, text, binding);
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(
      codeOf(() => open(keyring, { ...sealed, ciphertext: flipped.toString('base64') }, binding)),
    ).toBe('WM_JOURNAL_UNREADABLE');
    expect(
      codeOf(() =>
        open(keyring, { ...sealed, authTag: randomBytes(16).toString('base64') }, binding),
      ),
    ).toBe('WM_JOURNAL_UNREADABLE');
    expect(codeOf(() => open(keyring, sealed, { ...binding, entryId: 'entry-2' }))).toBe(
      'WM_JOURNAL_UNREADABLE',
    );
    expect(codeOf(() => open(keyring, sealed, { ...binding, personId: 'person-2' }))).toBe(
      'WM_JOURNAL_UNREADABLE',
    );
  });

  it('says the key is missing rather than "damaged" when its id is not configured', () => {
    const sealed = seal(keyringOf([k1]), text, binding);
    expect(codeOf(() => open(keyringOf([k2]), sealed, binding))).toBe('WM_JOURNAL_KEY_UNAVAILABLE');
    expect(codeOf(() => open(keyringOf([{ id: 'k1', key: k2.key }]), sealed, binding))).toBe(
      'WM_JOURNAL_UNREADABLE',
    );
  });

  it('re-encrypts under the current key, and leaves text already under it alone', () => {
    const old = seal(keyringOf([k1]), text, binding);
    const rotated = keyringOf([k2, k1]);
    expect(open(rotated, old, binding)).toBe(text);
    const moved = reseal(rotated, old, binding);
    expect(moved.keyId).toBe('k2');
    expect(open(keyringOf([k2]), moved, binding)).toBe(text);
    expect(reseal(rotated, moved, binding)).toBe(moved);
  });

  it('keeps any text, including the empty string, emoji and right-to-left scripts', () => {
    const keyring = keyringOf([k1]);
    for (const value of ['', '🌧️→🌤️', 'أشعر بتحسن اليوم', 'x'.repeat(20_000)]) {
      expect(open(keyring, seal(keyring, value, binding), binding)).toBe(value);
    }
  });
});
