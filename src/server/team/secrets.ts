// Random ids and tokens, and the hash under which a token is stored (a database copy cannot sign anyone in).
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** A new row id. */
export const newId = (): string => randomUUID();

/** A secret for a cookie or a link: 256 random bits. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** SHA-256 of a token, as stored. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A one-time setup code people can type: 12 letters and digits without look-alikes, in groups of four. */
export function newSetupCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}
