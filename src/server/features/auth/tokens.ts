// Tokens given to browsers (session, known device) are 256 random bits; only their SHA-256 is
// stored, so a copy of the database cannot be used to sign in.
import { createHash, randomBytes } from 'node:crypto';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');
