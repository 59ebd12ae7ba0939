// argon2id with parameters set explicitly (OWASP's first recommended set: 19 MiB, 2 passes,
// 1 lane), so a library upgrade can never quietly weaken stored hashes.
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2; // @node-rs/argon2's Algorithm.Argon2id; its const enum cannot be imported here
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Checked when the email is unknown, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/**
 * What an account made without a password holds instead of a hash (a service admin before the
 * set-up link is used): no password verifies against it.
 */
export const NO_PASSWORD = '!no-password-yet';

/** Whether a stored hash is a password at all (and not NO_PASSWORD). */
export const isPasswordHash = (stored: string) => stored.startsWith('$argon2');
