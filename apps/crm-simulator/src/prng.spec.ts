import { deriveSeed, Prng } from './prng.js';

const draws = (prng: Prng, n: number) => Array.from({ length: n }, () => prng.next());

describe('Prng', () => {
  it('replays a seed and differs between seeds', () => {
    expect(draws(new Prng(42), 5)).toEqual(draws(new Prng(42), 5));
    expect(draws(new Prng(43), 5)).not.toEqual(draws(new Prng(42), 5));
  });

  it('stays in range', () => {
    const prng = new Prng(1);
    for (const x of draws(prng, 10_000)) expect(x >= 0 && x < 1).toBe(true);
    for (let i = 0; i < 1000; i += 1) expect(prng.int(7)).toBeLessThan(7);
    expect(prng.hex(16)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('draws nothing for an unset rate, so other faults keep their sequence', () => {
    const a = new Prng(9);
    const b = new Prng(9);
    expect(a.chance(undefined) || a.chance(0)).toBe(false);
    expect(a.next()).toBe(b.next());
  });

  it('derives independent seeds per label', () => {
    expect(deriveSeed(42, 'banana')).toBe(deriveSeed(42, 'banana'));
    expect(deriveSeed(42, 'banana')).not.toBe(deriveSeed(42, 'strawberry'));
    expect(deriveSeed(42, 'banana')).not.toBe(deriveSeed(43, 'banana'));
  });
});
