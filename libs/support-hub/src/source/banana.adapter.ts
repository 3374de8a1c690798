import { mapBananaCase } from './banana-record.js';
import { isRecord } from './normalized-case.js';
import { type AdapterSettings, PullCollector, type PullOptions, type PullResult, type SourceAdapter } from './source-adapter.js';
import { getVendorJson, SourceFetchError } from './vendor-http.js';

const MAX_PAGE_SIZE = 500;
const MAX_PAGES = 100_000;

const isBananaPage = (body: unknown): body is { cases: unknown[] } => isRecord(body) && Array.isArray(body.cases);

/**
 * Banana: `GET /api/cases?page&pageSize&updatedSince` (epoch ms, inclusive), key in `X-Banana-Key`,
 * sorted by update time then id. Offset paging skips a case when one before it changes mid-pull,
 * so the pull walks by time instead: after each page it asks again from the page's last update time
 * (page 1), and only moves on by page number while a whole page shares one time. Every case is
 * seen, and a full sync can safely treat what it did not see as deleted.
 */
export class BananaAdapter implements SourceAdapter {
  readonly name = 'banana' as const;
  readonly label = 'Banana';

  constructor(private readonly settings: AdapterSettings) {}

  get baseUrl(): string | null {
    return this.settings.baseUrl;
  }

  async pull({ since, signal, counters }: PullOptions): Promise<PullResult> {
    if (!this.settings.baseUrl) throw new SourceFetchError('Banana is not configured (BANANA_URL)');
    const pageSize = Math.min(this.settings.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    const collector = new PullCollector(counters);
    let sinceMs = since?.getTime();
    let page = 1;
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const params = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
      if (sinceMs !== undefined) params.set('updatedSince', String(sinceMs));
      const body = (await getVendorJson(
        `${this.settings.baseUrl}/api/cases?${params}`,
        { 'x-banana-key': this.settings.credential },
        this.settings.policy,
        counters,
        signal,
        isBananaPage,
        'Banana',
      )) as { cases: unknown[] };
      counters.pages += 1;
      let lastMs = -1;
      for (const raw of body.cases) {
        const record = collector.add(mapBananaCase(raw));
        if (record) lastMs = Math.max(lastMs, record.updatedAt.getTime());
      }
      if (body.cases.length < pageSize) return collector.result();
      if (lastMs > (sinceMs ?? -1)) {
        sinceMs = lastMs;
        page = 1;
        collector.expectAgainAt(lastMs);
      } else {
        page += 1;
      }
    }
    throw new SourceFetchError(`Banana listed more than ${MAX_PAGES} pages`);
  }
}
