import { randomInt } from 'node:crypto';

/** The upper bound (exclusive) of random keys: a positive 32-bit integer on both dialects. */
export const RANDOM_KEY_LIMIT = 2 ** 31 - 1;

/** A number's random key, drawn once at insert: where random picks start. */
export const randomKey = () => randomInt(0, RANDOM_KEY_LIMIT);
