import { createHash, randomBytes } from 'node:crypto';

/** A reset token: 32 random bytes, URL-safe, so it fits a link unescaped. */
export const newResetToken = (): string => randomBytes(32).toString('base64url');

/**
 * What is stored and looked up instead of the token. A fast hash is enough: the token has 256 bits
 * of entropy, so unlike a password it cannot be guessed from its hash.
 */
export const hashResetToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
