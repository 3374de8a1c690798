import { RANDOM_KEY_LIMIT } from './random-key.js';

/** The first window of a random pick (keys), and how much wider each next one is. */
const FIRST_WINDOW = 2 ** 20;
const WINDOW_GROWTH = 16;

/**
 * The key ranges `[low, high)` a random pick reads, in order: from `start` on, a narrow window first
 * (a few hundred keys' worth of numbers at a million), each next one continuing where the last ended
 * and 16 times wider, a window past the end of the key space wrapping to its start, until the whole
 * key space is covered. Bounded ranges make the database read the index from the random key.
 */
export function* keyWindows(start: number): Generator<[number, number]> {
  let from = start;
  for (let width = FIRST_WINDOW, covered = 0; covered < RANDOM_KEY_LIMIT; width *= WINDOW_GROWTH) {
    const span = Math.min(width, RANDOM_KEY_LIMIT - covered);
    const to = from + span;
    if (to <= RANDOM_KEY_LIMIT) yield [from, to];
    else {
      yield [from, RANDOM_KEY_LIMIT];
      yield [0, to - RANDOM_KEY_LIMIT];
    }
    covered += span;
    from = to % RANDOM_KEY_LIMIT;
  }
}
