import { Prng } from '../../../crm-simulator/src/prng.js';

/**
 * The fuzz test's only source of randomness: the simulators' seeded generator (mulberry32), so that one
 * seed always plans the same requests and a failure printed with its seed can be replayed with
 * `FUZZ_SEED=<seed>`.
 */
export class Rng extends Prng {
  constructor(readonly seed: number) {
    super(seed);
  }

  override pick<T>(items: readonly T[]): T {
    if (!items.length) throw new RangeError('pick from an empty list');
    return super.pick(items);
  }

  /** `count` distinct items (all of them when there are fewer), in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  }

  /** Lower-case letters and digits. */
  word(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

/** The seed of this run: `FUZZ_SEED` when set (to replay a failure), else the fixed default. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FUZZ_SEED?.trim();
  if (!raw) return 20260415;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff)
    throw new Error(`FUZZ_SEED must be an integer from 0 to ${0xffffffff}, got ${raw}`);
  return Number(raw);
}
