/**
 * Totals of large lists, kept briefly. An exact COUNT over a million rows costs a full index scan
 * (~80 ms on MariaDB, far longer under load), so a total at or above LARGE_TOTAL is reused: fresh
 * for TTL_MS, then served once more while a recount runs in the background (stale while
 * revalidating), so no request waits for the count of a list it has seen recently. `X-Total-Count`
 * of a huge list may lag a few seconds behind; smaller totals are always exact. Concurrent requests
 * for the same uncached total share one count. Per process and bounded, as ARCHITECTURE.md asks of
 * in-process caches.
 */
export class TotalCache {
  static readonly LARGE_TOTAL = 10_000;
  static readonly TTL_MS = 10_000;
  /** A stale total older than this is not served: the request counts afresh. */
  static readonly STALE_MS = 5 * 60_000;
  private static readonly MAX_KEYS = 1_000;

  private readonly totals = new Map<string, { total: number; until: number }>();
  private readonly counting = new Map<string, Promise<number>>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string, count: () => Promise<number>): Promise<number> {
    const cached = this.totals.get(key);
    const now = this.now();
    if (cached && cached.until > now) return cached.total;
    if (cached && cached.until + TotalCache.STALE_MS > now) {
      // A failed recount leaves the stale total in place; the next request after it tries again.
      this.recount(key, count).catch(() => undefined);
      return cached.total;
    }
    return this.recount(key, count);
  }

  private recount(key: string, count: () => Promise<number>): Promise<number> {
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
      for (const [k, v] of this.totals) if (v.until + TotalCache.STALE_MS <= now) this.totals.delete(k);
      if (this.totals.size >= TotalCache.MAX_KEYS) this.totals.delete(this.totals.keys().next().value as string);
    }
    this.totals.set(key, { total, until: this.now() + TotalCache.TTL_MS });
  }
}
