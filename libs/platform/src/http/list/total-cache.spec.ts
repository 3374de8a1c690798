import { TotalCache } from './total-cache.js';

describe('TotalCache', () => {
  it('counts small totals every time (always exact)', async () => {
    const cache = new TotalCache();
    let counts = 0;
    const count = async () => ((counts += 1), 42);
    expect(await cache.get('k', count)).toBe(42);
    expect(await cache.get('k', count)).toBe(42);
    expect(counts).toBe(2);
  });

  it('reuses a large total until it expires', async () => {
    let now = 0;
    const cache = new TotalCache(() => now);
    let total = 1_000_000;
    const count = async () => total;
    expect(await cache.get('k', count)).toBe(1_000_000);
    total = 1_000_001;
    now = TotalCache.TTL_MS - 1;
    expect(await cache.get('k', count)).toBe(1_000_000);
    now = TotalCache.TTL_MS;
    expect(await cache.get('k', count)).toBe(1_000_001);
    expect(await cache.get('other', async () => 5)).toBe(5);
  });

  it('shares one count between concurrent requests, and forgets a failed one', async () => {
    const cache = new TotalCache();
    let counts = 0;
    let release!: (n: number) => void;
    const count = () => ((counts += 1), new Promise<number>((resolve) => (release = resolve)));
    const both = Promise.all([cache.get('k', count), cache.get('k', count)]);
    release(7);
    expect(await both).toEqual([7, 7]);
    expect(counts).toBe(1);
    await expect(cache.get('bad', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('bad', async () => 3)).toBe(3);
  });
});
