// The HMAC the one-time codes are made with (domain/auth/totp.ts takes it as an argument, since
// the domain imports no Node module).
import { createHmac } from 'node:crypto';
import type { Hmac } from '../../../domain/auth/totp.ts';

export const nodeHmac: Hmac = (algorithm, key, message) =>
  createHmac(algorithm, key).update(message).digest();
