// The pure parts of two-step sign-in: base32 for the secret, the otpauth:// link, and how a
// recovery code is shown and read back. (The RFC test vectors need an HMAC, which the domain
// does not import: they are in server/features/second-factor/totp.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, normaliseRecoveryCode } from './second-factor.schema.ts';
import { base32Decode, base32Encode, groupForTyping, otpauthUri, totpStep } from './totp.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Base32 for the secret', () => {
  it('matches the RFC 4648 test vectors (without padding)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(bytes(plain))).toBe(encoded);
      expect(base32Decode(`${encoded}===`)).toEqual(bytes(plain));
    }
  });

  it('gives back the same bytes for any secret', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (secret) => {
        expect(base32Decode(base32Encode(secret))).toEqual(secret);
      }),
    );
  });

  it('reads the secret as people type it: grouped, in lower case, with hyphens', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (secret) => {
        const typed = groupForTyping(base32Encode(secret)).toLowerCase().replaceAll(' ', ' - ');
        expect(base32Decode(typed)).toEqual(secret);
      }),
    );
  });

  it('refuses characters outside the alphabet', () => {
    expect(base32Decode('MZXW1')).toBeUndefined();
    expect(base32Decode('MZXW8')).toBeUndefined();
  });

  it('groups the secret in fours for typing', () => {
    expect(groupForTyping('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});

describe('The otpauth link', () => {
  it('names Waymark and the account, and says the defaults', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'sam+test@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Waymark:sam+test@example.com');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Waymark',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});

describe('Time steps', () => {
  it('are 30 seconds from the Unix epoch', () => {
    expect(totpStep(new Date(59_000))).toBe(1);
    expect(totpStep(new Date(60_000))).toBe(2);
    expect(totpStep(new Date('2005-03-18T01:58:29Z'))).toBe(0x23523ec);
  });
});

describe('Recovery codes', () => {
  it('are read back however they are typed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[23456789abcdefghjkmnpqrstuvwxyz]{16}$/), (code) => {
        expect(normaliseRecoveryCode(formatRecoveryCode(code))).toBe(code);
        expect(normaliseRecoveryCode(` ${formatRecoveryCode(code).toUpperCase()} `)).toBe(code);
      }),
    );
  });
});
