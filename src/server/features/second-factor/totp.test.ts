// The one-time codes against the RFCs' own test vectors, with the HMAC the server uses.
import { describe, expect, it } from 'vitest';
import { hotp, totp, verifyTotp } from '../../../domain/auth/totp.ts';
import { nodeHmac } from './hmac.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const SHA1_SEED = ascii('12345678901234567890');
const SHA256_SEED = ascii('12345678901234567890123456789012');
const SHA512_SEED = ascii('1234567890123456789012345678901234567890123456789012345678901234');

describe('HOTP (RFC 4226, Appendix D)', () => {
  it('gives the listed 6-digit codes for counts 0 to 9', () => {
    const codes = Array.from({ length: 10 }, (_, count) => hotp(nodeHmac, SHA1_SEED, count));
    expect(codes).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]);
  });
});

describe('TOTP (RFC 6238, Appendix B: 8 digits)', () => {
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  it.each(vectors)(
    'at %i s gives the listed SHA-1, SHA-256 and SHA-512 codes',
    (seconds, sha1, sha256, sha512) => {
      const at = new Date(seconds * 1000);
      expect(totp(nodeHmac, SHA1_SEED, at, { digits: 8 })).toBe(sha1);
      expect(totp(nodeHmac, SHA256_SEED, at, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
      expect(totp(nodeHmac, SHA512_SEED, at, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
    },
  );
});

describe('Checking a code', () => {
  const at = new Date('2026-11-25T10:00:10Z');
  const step = Math.floor(at.getTime() / 30_000);
  const codeAt = (offsetSteps: number) => hotp(nodeHmac, SHA1_SEED, step + offsetSteps);

  it('accepts the current step and one either side, and says which step matched', () => {
    expect(verifyTotp(nodeHmac, SHA1_SEED, codeAt(0), at)).toBe(step);
    expect(verifyTotp(nodeHmac, SHA1_SEED, codeAt(-1), at)).toBe(step - 1);
    expect(verifyTotp(nodeHmac, SHA1_SEED, codeAt(1), at)).toBe(step + 1);
  });

  it('refuses codes two steps away, and anything that is not 6 digits', () => {
    const twoBack = codeAt(-2);
    const twoOn = codeAt(2);
    const near = [codeAt(-1), codeAt(0), codeAt(1)];
    if (!near.includes(twoBack))
      expect(verifyTotp(nodeHmac, SHA1_SEED, twoBack, at)).toBeUndefined();
    if (!near.includes(twoOn)) expect(verifyTotp(nodeHmac, SHA1_SEED, twoOn, at)).toBeUndefined();
    expect(verifyTotp(nodeHmac, SHA1_SEED, '12345', at)).toBeUndefined();
    expect(verifyTotp(nodeHmac, SHA1_SEED, 'abcdef', at)).toBeUndefined();
    expect(verifyTotp(nodeHmac, SHA1_SEED, `${codeAt(0)}0`, at)).toBeUndefined();
  });

  it('allows a space typed between the groups of three', () => {
    const code = codeAt(0);
    expect(verifyTotp(nodeHmac, SHA1_SEED, `${code.slice(0, 3)} ${code.slice(3)}`, at)).toBe(step);
  });
});
