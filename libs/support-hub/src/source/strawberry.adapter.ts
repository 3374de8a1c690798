import { isRecord } from './normalized-case.js';
import { type AdapterSettings, PullCollector, type PullOptions, type PullResult, type SourceAdapter } from './source-adapter.js';
import { mapStrawberryTicket } from './strawberry-record.js';
import { getVendorJson, SourceFetchError } from './vendor-http.js';

const MAX_LIMIT = 200;
const MAX_PAGES = 100_000;

const isStrawberryPage = (body: unknown): body is { data: unknown[]; nextCursor: string | null } =>
  isRecord(body) &&
  Array.isArray(body.data) &&
  (body.nextCursor === null || (typeof body.nextCursor === 'string' && body.nextCursor !== ''));

/**
 * Strawberry: `GET /v2/tickets?limit&cursor&updatedSince` (ISO, inclusive), `Authorization: Bearer`,
 * keyset cursor paging (`nextCursor` until null): a ticket changed mid-pull comes again at the end.
 */
export class StrawberryAdapter implements SourceAdapter {
  readonly name = 'strawberry' as const;
  readonly label = 'Strawberry';

  constructor(private readonly settings: AdapterSettings) {}

  get baseUrl(): string | null {
    return this.settings.baseUrl;
  }

  async pull({ since, signal, counters }: PullOptions): Promise<PullResult> {
    if (!this.settings.baseUrl) throw new SourceFetchError('Strawberry is not configured (STRAWBERRY_URL)');
    const limit = Math.min(this.settings.pageSize ?? MAX_LIMIT, MAX_LIMIT);
    const collector = new PullCollector(counters);
    let cursor: string | null = null;
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const params = new URLSearchParams({ limit: String(limit) });
      if (cursor) params.set('cursor', cursor);
      if (since) params.set('updatedSince', since.toISOString());
      const body = (await getVendorJson(
        `${this.settings.baseUrl}/v2/tickets?${params}`,
        { authorization: `Bearer ${this.settings.credential}` },
        this.settings.policy,
        counters,
        signal,
        isStrawberryPage,
        'Strawberry',
      )) as {
        data: unknown[];
        nextCursor: string | null;
      };
      counters.pages += 1;
      for (const raw of body.data) collector.add(mapStrawberryTicket(raw));
      if (!body.nextCursor) return collector.result();
      cursor = body.nextCursor;
    }
    throw new SourceFetchError(`Strawberry listed more than ${MAX_PAGES} pages`);
  }
}
