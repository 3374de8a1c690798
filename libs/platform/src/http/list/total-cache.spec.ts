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

  it('reuses a large total while fresh, then serves it once more while recounting in the background', async () => {
    let now = 0;
    const cache = new TotalCache(() => now);
    let total = 1_000_000;
    let counts = 0;
    const count = async () => ((counts += 1), total);
    expect(await cache.get('k', count)).toBe(1_000_000);
    total = 1_000_001;
    now = TotalCache.TTL_MS - 1;
    expect(await cache.get('k', count)).toBe(1_000_000);
    expect(counts).toBe(1);
    now = TotalCache.TTL_MS;
    expect(await cache.get('k', count)).toBe(1_000_000);
    await Promise.resolve();
    expect(counts).toBe(2);
    expect(await cache.get('k', count)).toBe(1_000_001);
    expect(await cache.get('other', async () => 5)).toBe(5);
  });

  it('counts afresh once a stale total is too old, and keeps the stale one when a background recount fails', async () => {
    let now = 0;
    const cache = new TotalCache(() => now);
    expect(await cache.get('k', async () => 50_000)).toBe(50_000);
    now = TotalCache.TTL_MS + 1;
    expect(await cache.get('k', async () => Promise.reject(new Error('db busy')))).toBe(50_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('k', async () => 60_000)).toBe(50_000);
    await new Promise((resolve) => setImmediate(resolve));
    now += TotalCache.TTL_MS + TotalCache.STALE_MS;
    let counted = false;
    expect(await cache.get('old', async () => 1)).toBe(1);
    expect(
      await cache.get('k', async () => {
        counted = true;
        return 70_000;
      }),
    ).toBe(70_000);
    expect(counted).toBe(true);
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
