// A team's code (decision 0040): what a person types to connect to the team. It is derived by
// the server, under the journal key named beside it, from a random nonce kept on the team:
// HMAC-SHA256, read as 10 characters of the invitation codes' alphabet (50 bits). The store
// keeps the nonce and the code's SHA-256 (for the look-up) and never the code, so a copy of the
// database alone cannot be used to join a team; the team's staff are shown it again by deriving
// it once more. A new nonce is a new code, and the old one stops working at once.
import { createHmac, randomBytes } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../domain/sharing/invitation-code.ts';
import { hashToken } from '../auth/tokens.ts';
import type { Keyring } from '../journal/journal-crypto.ts';

export type StoredTeamCode = { code_hash: string; code_nonce: string; code_key_id: string };

function derive(key: Buffer, teamId: string, nonce: string): string {
  const mac = createHmac('sha256', key)
    .update(`waymark.team-code.v1\u0000${teamId}\u0000${nonce}`)
    .digest();
  // 32 letters: 256 is a multiple of 32, so masking a byte is unbiased.
  return [...mac.subarray(0, CODE_LENGTH)].map((byte) => CODE_ALPHABET[byte & 31]).join('');
}

/** A fresh code for the team: the code (to show) and what the store keeps. */
export function newTeamCode(keyring: Keyring, teamId: string): StoredTeamCode & { code: string } {
  const nonce = randomBytes(16).toString('base64url');
  const code = derive(keyring.current.key, teamId, nonce);
  return { code, code_hash: hashToken(code), code_nonce: nonce, code_key_id: keyring.current.id };
}

/**
 * The team's code again, from what the store keeps; null when it has none, or when its key is
 * no longer configured (an admin then makes a new one).
 */
export function teamCodeOf(
  keyring: Keyring,
  team: { id: string; code_nonce: string | null; code_key_id: string | null },
): string | null {
  if (team.code_nonce === null || team.code_key_id === null) return null;
  const key = keyring.byId.get(team.code_key_id);
  return key ? derive(key, team.id, team.code_nonce) : null;
}

/** The hash a typed code is looked up by. */
export const teamCodeHash = (normalized: string) => hashToken(normalized);
