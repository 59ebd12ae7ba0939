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

export function seal(keyring: Keyring, plaintext: string, binding: Binding): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.current.key, iv, {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(aad(binding));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    keyId: keyring.current.id,
    iv: iv.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function open(keyring: Keyring, sealed: Sealed, binding: Binding): string {
  const key = keyring.byId.get(sealed.keyId);
  if (!key) throw new AppError('WM_JOURNAL_KEY_UNAVAILABLE');
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.authTag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES)
    throw new AppError('WM_JOURNAL_UNREADABLE');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    // The tag did not match: wrong key material under this id, or a changed row.
    throw new AppError('WM_JOURNAL_UNREADABLE');
  }
}

/**
 * Re-encrypts under the current key (with a fresh IV). A value already under the current key
 * is returned unchanged, so rotation can stop and start again without redoing work.
 */
export function reseal(keyring: Keyring, sealed: Sealed, binding: Binding): Sealed {
  if (sealed.keyId === keyring.current.id) return sealed;
  return seal(keyring, open(keyring, sealed, binding), binding);
}
