// The phone code of an invitation, free of zod: the page where it is typed tidies it before
// any schema loads, and invitation.schema.ts checks it with the same rules.

/**
 * The phone code: 10 characters from 32 that cannot be mistaken for one another when read out
 * (no 0/O, no 1/I), so 50 random bits. Shown in groups, like K7P-M3Q-X9T-W.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 10;

/** The code as typed or read back: any case, spaces and dashes ignored. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/** Groups a code in threes for reading out: K7PM3QX9TW → K7P-M3Q-X9T-W. */
export function formatCode(code: string): string {
  return (
    normalizeCode(code)
      .match(/.{1,3}/g)
      ?.join('-') ?? ''
  );
}
