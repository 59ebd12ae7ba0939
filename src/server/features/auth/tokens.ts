// Tokens given to browsers (session, known device) are 256 random bits; only their SHA-256 is
// stored, so a copy of the database cannot be used to sign in.
import { hash, randomBytes } from 'node:crypto';

export const hashToken = (token: string) => hash('sha256', token, 'hex');
export const randomToken = () => randomBytes(32).toString('base64url');
