/**
 * Totals of large lists, kept briefly. An exact COUNT over a million rows costs a full index scan
 * (~80 ms on MariaDB, longer under load), so a total at or above LARGE_TOTAL is reused for up to
 * TTL_MS: `X-Total-Count` of a huge list may lag a few seconds behind, while smaller totals are
 * always exact. Concurrent requests for the same uncached total share one count. Per process and
 * bounded, as ARCHITECTURE.md asks of in-process caches.
 */
export class TotalCache {
  static readonly LARGE_TOTAL = 10_000;
  static readonly TTL_MS = 10_000;
  private static readonly MAX_KEYS = 1_000;

  private readonly totals = new Map<string, { total: number; until: number }>();
  private readonly counting = new Map<string, Promise<number>>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string, count: () => Promise<number>): Promise<number> {
    const cached = this.totals.get(key);
    if (cached && cached.until > this.now()) return cached.total;
    const running = this.counting.get(key);
    if (running) return running;
    const counted = count().then(
      (total) => {
        this.counting.delete(key);
        if (total >= TotalCache.LARGE_TOTAL) this.remember(key, total);
        else this.totals.delete(key);
        return total;
      },
      (error: unknown) => {
        this.counting.delete(key);
        throw error;
      },
    );
    this.counting.set(key, counted);
    return counted;
  }

  private remember(key: string, total: number): void {
    if (this.totals.size >= TotalCache.MAX_KEYS) {
      const now = this.now();
      for (const [k, v] of this.totals) if (v.until <= now) this.totals.delete(k);
      if (this.totals.size >= TotalCache.MAX_KEYS) this.totals.delete(this.totals.keys().next().value as string);
    }
    this.totals.set(key, { total, until: this.now() + TotalCache.TTL_MS });
  }
}
