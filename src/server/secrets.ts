import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Letters that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A join code of 10 characters from 31: about 50 bits, not guessable at any rate the server allows. */
export function joinCode(length = 10): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** A bearer token: 256 random bits. */
export const token = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored hashed, so a leaked database gives no one a player's voice. */
export const hashToken = (t: string): string => createHash('sha256').update(t).digest('hex');
