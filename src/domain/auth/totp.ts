// One-time codes from an authenticator app, written from the RFCs (decision 0039): HOTP
// (RFC 4226), TOTP (RFC 6238: 30-second steps, 6 digits, SHA-1 unless said), base32 for the
// secret (RFC 4648, no padding, as authenticator apps expect) and the otpauth:// link apps
// read. No I/O: the secret's bytes and the time come in, and the HMAC itself is given by the
// caller (the server passes node:crypto's, server/features/second-factor/hmac.ts), because the
// domain imports no Node module.

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';
/** HMAC over `message` with `key`; the server gives node:crypto's. */
export type Hmac = (algorithm: TotpAlgorithm, key: Uint8Array, message: Uint8Array) => Uint8Array;
export type TotpOptions = { stepSeconds?: number; digits?: number; algorithm?: TotpAlgorithm };

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** 160 bits, the length RFC 4226 recommends for an HMAC-SHA-1 secret. */
export const TOTP_SECRET_BYTES = 20;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 (RFC 4648 alphabet) without padding. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of a base32 text, forgiving how people type it: any case, spaces, hyphens and
 * trailing '=' are ignored. Undefined when another character is present.
 */
export function base32Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The secret in groups of four characters, easier to type into an app by hand. */
export const groupForTyping = (base32: string) => base32.match(/.{1,4}/g)?.join(' ') ?? '';

/** RFC 4226: the code for one counter value, as text with leading zeros. */
export function hotp(
  hmac: Hmac,
  secret: Uint8Array,
  counter: number,
  digits = TOTP_DIGITS,
  algorithm: TotpAlgorithm = 'sha1',
): string {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const mac = hmac(algorithm, secret, message);
  // Dynamic truncation: the low four bits of the last byte say where 31 bits are taken from.
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    new DataView(mac.buffer, mac.byteOffset, mac.byteLength).getUint32(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238: the time step a moment falls in (steps counted from the Unix epoch). */
export const totpStep = (at: Date, stepSeconds = TOTP_STEP_SECONDS) =>
  Math.floor(at.getTime() / 1000 / stepSeconds);

/** RFC 6238: the code at a moment. */
export function totp(hmac: Hmac, secret: Uint8Array, at: Date, options: TotpOptions = {}): string {
  return hotp(
    hmac,
    secret,
    totpStep(at, options.stepSeconds),
    options.digits ?? TOTP_DIGITS,
    options.algorithm,
  );
}

/** Compares in time that does not depend on where the codes differ. */
function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * The step a code belongs to, if it is right for the step `at` falls in or the one before or
 * after (clocks on phones drift, and a code typed at the end of a step arrives in the next);
 * undefined when it is right for none. The caller refuses a step at or before the last one
 * used, so each code works once. Every candidate is computed, so timing tells nothing.
 */
export function verifyTotp(
  hmac: Hmac,
  secret: Uint8Array,
  code: string,
  at: Date,
  options: TotpOptions = {},
): number | undefined {
  const digits = options.digits ?? TOTP_DIGITS;
  const typed = code.replace(/\s/g, '');
  if (!/^\d+$/.test(typed) || typed.length !== digits) return undefined;
  const now = totpStep(at, options.stepSeconds);
  let matched: number | undefined;
  for (const step of [now - 1, now, now + 1]) {
    if (
      sameCode(hotp(hmac, secret, step, digits, options.algorithm), typed) &&
      matched === undefined
    )
      matched = step;
  }
  return matched;
}

/**
 * The link an authenticator app reads (the "Key Uri Format"): the label names the issuer and the
 * account, and the parameters repeat the defaults so every app agrees on them.
 */
export function otpauthUri(secretBase32: string, accountName: string, issuer = 'Waymark'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
