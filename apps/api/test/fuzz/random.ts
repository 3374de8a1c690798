/**
 * The fuzz test's only source of randomness: a small seeded generator (mulberry32), so that one
 * seed always plans the same requests and a failure printed with its seed can be replayed with
 * `FUZZ_SEED=<seed>`.
 */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)];
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
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff) throw new Error(`FUZZ_SEED must be an integer from 0 to ${0xffffffff}, got ${raw}`);
  return Number(raw);
}
