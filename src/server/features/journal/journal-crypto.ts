// Journal text at rest: AES-256-GCM with a random 96-bit IV per write, the key's id stored
// beside the ciphertext, and the person and entry ids as associated data, so a ciphertext
// copied onto another person's or another entry's row fails to open instead of showing there.
// No I/O: keys come in as a Keyring; rotation is `reseal`, one value at a time.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../domain/errors.ts';
import type { JournalKey } from '../../config.ts';

export type Keyring = { current: JournalKey; byId: ReadonlyMap<string, Buffer> };
export type Sealed = { keyId: string; iv: string; authTag: string; ciphertext: string };
/** Whose text this is and which entry it belongs to; bound into the tag. */
export type Binding = { personId: string; entryId: string };

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function keyringOf(keys: readonly JournalKey[]): Keyring {
  const [current] = keys;
  if (!current) throw new Error('A journal keyring needs at least one key');
  return { current, byId: new Map(keys.map((k) => [k.id, k.key])) };
}

const aad = (binding: Binding) =>
  Buffer.from(`waymark.journal.v1\u0000${binding.personId}\u0000${binding.entryId}`, 'utf8');

type Parts = Omit<Sealed, 'keyId'>;

function encrypt(key: Buffer, plaintext: string, associated: Buffer): Parts {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associated);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** The plaintext, or undefined when the tag does not match (wrong key, or a changed value). */
function decrypt(key: Buffer, parts: Parts, associated: Buffer): string | undefined {
  const iv = Buffer.from(parts.iv, 'base64');
  const tag = Buffer.from(parts.authTag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associated);
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(parts.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

export function seal(keyring: Keyring, plaintext: string, binding: Binding): Sealed {
  return sealWith(keyring, plaintext, aad(binding));
}

export function open(keyring: Keyring, sealed: Sealed, binding: Binding): string {
  return openWith(keyring, sealed, aad(binding));
}

/**
 * Seals another secret under the same keys (the second-factor secrets, decision 0039). The
 * associated data must name its own purpose, so a value can never be opened as another kind.
 */
export function sealWith(keyring: Keyring, plaintext: string, associated: Buffer): Sealed {
  return { keyId: keyring.current.id, ...encrypt(keyring.current.key, plaintext, associated) };
}

export function openWith(keyring: Keyring, sealed: Sealed, associated: Buffer): string {
  const key = keyring.byId.get(sealed.keyId);
  if (!key) throw new AppError('WM_JOURNAL_KEY_UNAVAILABLE');
  const text = decrypt(key, sealed, associated);
  // The tag did not match: wrong key material under this id, or a changed row.
  if (text === undefined) throw new AppError('WM_JOURNAL_UNREADABLE');
  return text;
}

// A key check is a fixed text encrypted under one key, with the key's id bound in, so start-up
// can tell whether the key now configured under an id is the one first used with it. Knowing
// the plaintext of one AES-GCM value gives no way to the key.
const CHECK_TEXT = 'waymark journal key check';
const checkAad = (keyId: string) => Buffer.from(`waymark.journal.key-check.v1\u0000${keyId}`);

export function makeKeyCheck(key: JournalKey): Parts {
  return encrypt(key.key, CHECK_TEXT, checkAad(key.id));
}

export function keyCheckHolds(key: JournalKey, check: Parts): boolean {
  return decrypt(key.key, check, checkAad(key.id)) === CHECK_TEXT;
}

/** Whether `key` opens this stored value: how an id used before checks existed is verified. */
export function keyOpens(key: JournalKey, sealed: Parts, binding: Binding): boolean {
  return decrypt(key.key, sealed, aad(binding)) !== undefined;
}

/**
 * Re-encrypts under the current key (with a fresh IV). A value already under the current key
 * is returned unchanged, so rotation can stop and start again without redoing work.
 */
export function reseal(keyring: Keyring, sealed: Sealed, binding: Binding): Sealed {
  if (sealed.keyId === keyring.current.id) return sealed;
  return seal(keyring, open(keyring, sealed, binding), binding);
}
