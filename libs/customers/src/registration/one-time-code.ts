import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export interface StoredCode {
  salt: string;
  hash: string;
}

/** A 6-digit code, uniformly random (leading zeros kept). */
export const newOneTimeCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

const hmac = (code: string, salt: string) => createHmac('sha256', salt).update(code, 'utf8').digest('hex');

/** What is stored instead of the code: a keyed hash under a fresh random salt. */
export function storedCodeOf(code: string): StoredCode {
  const salt = randomBytes(16).toString('hex');
  return { salt, hash: hmac(code, salt) };
}

/** Compares in constant time, so response times do not leak how much of a guess was right. */
export function codeMatches(code: string, stored: StoredCode): boolean {
  const expected = Buffer.from(stored.hash, 'hex');
  const actual = Buffer.from(hmac(code, stored.salt), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
