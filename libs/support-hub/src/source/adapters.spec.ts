import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BananaAdapter } from './banana.adapter.js';
import { StrawberryAdapter } from './strawberry.adapter.js';
import { emptyCounters, SourceFetchError } from './vendor-http.js';

/** A scripted vendor: each request gets the next answer (status, headers, body). */
async function scriptedVendor(answers: { status?: number; headers?: Record<string, string>; body: string }[]) {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.url} ${req.headers['x-banana-key'] ?? req.headers.authorization ?? ''}`);
    const answer = answers.shift() ?? { status: 500, body: '{}' };
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const policy = { timeoutMs: 1000, retries: 3, retryBaseMs: 1, retryMaxWaitMs: 20 };
const bananaCase = (id: string, updatedMs: number, extra: Record<string, unknown> = {}) => ({
  case_id: id,
  vendor: { name: 'VODAFONE UK', region: 'EU' },
  err_code: 'E-1101',
  state: 'OPEN',
  title: 't',
  details: 'd',
  customer_ref: null,
  created_ms: 1,
  updated_ms: updatedMs,
  ...extra,
});
const ticket = (id: string, updatedAt: string) => ({
  id,
  provider: { id: 'prv-12', displayName: 'Vodafone' },
  errorCode: 'e1101',
  status: 'open',
  subject: 's',
  body: 'b',
  customer: null,
  createdAt: updatedAt,
  updatedAt,
});

describe('BananaAdapter', () => {
  it('pages by update time with its key, skips and counts malformed records, retries a broken body', async () => {
    const vendor = await scriptedVendor([
      { body: JSON.stringify({ page: 1, page_size: 2, total: 4, cases: [bananaCase('A', 10), bananaCase('B', 20)] }) },
      { body: '{"page": 1, "cases": [' },
      { body: JSON.stringify({ page: 1, page_size: 2, total: 3, cases: [bananaCase('B', 20), { case_id: 'C', state: '??' }] }) },
      { body: JSON.stringify({ page: 2, page_size: 2, total: 3, cases: [{ nonsense: true }] }) },
    ]);
    try {
      const counters = emptyCounters();
      const adapter = new BananaAdapter({ baseUrl: vendor.url, credential: 'k', policy, pageSize: 2 });
      const result = await adapter.pull({ since: undefined, signal: new AbortController().signal, counters });
      expect(result.cases.map((c) => c.externalId)).toEqual(['A', 'B']);
      expect([...result.seenIds].sort()).toEqual(['A', 'B', 'C']);
      expect(counters).toMatchObject({ pages: 3, malformed: 2, unreadable: 1, duplicates: 0, malformedResponses: 1, retries: 1 });
      expect(vendor.requests).toEqual([
        '/api/cases?page=1&pageSize=2 k',
        '/api/cases?page=1&pageSize=2&updatedSince=20 k',
        '/api/cases?page=1&pageSize=2&updatedSince=20 k',
        '/api/cases?page=2&pageSize=2&updatedSince=20 k',
      ]);
    } finally {
      await vendor.close();
    }
  });

  it('does not retry refused credentials', async () => {
    const vendor = await scriptedVendor([{ status: 401, body: '{"err":"unauthorized"}' }]);
    try {
      const adapter = new BananaAdapter({ baseUrl: vendor.url, credential: 'wrong', policy, pageSize: 2 });
      await expect(adapter.pull({ since: undefined, signal: new AbortController().signal, counters: emptyCounters() })).rejects.toThrow(
        /refused the credentials/,
      );
      expect(vendor.requests).toHaveLength(1);
    } finally {
      await vendor.close();
    }
  });
});

describe('StrawberryAdapter', () => {
  it('follows the cursor with its token, keeps a repeated ticket once, honours Retry-After', async () => {
    const vendor = await scriptedVendor([
      {
        body: JSON.stringify({
          data: [ticket('s1', '2026-01-01T00:00:00.000Z'), ticket('s2', '2026-01-02T00:00:00.000Z')],
          nextCursor: 'c1',
        }),
      },
      { status: 429, headers: { 'retry-after': '0' }, body: '{"error":{"code":"RATE_LIMITED"}}' },
      { status: 503, body: '{"error":{"code":"UNAVAILABLE"}}' },
      {
        body: JSON.stringify({
          data: [ticket('s2', '2026-01-02T00:00:00.000Z'), ticket('s3', '2026-01-03T00:00:00.000Z')],
          nextCursor: null,
        }),
      },
    ]);
    try {
      const counters = emptyCounters();
      const adapter = new StrawberryAdapter({ baseUrl: vendor.url, credential: 'tok', policy, pageSize: undefined });
      const since = new Date('2025-12-01T00:00:00.000Z');
      const result = await adapter.pull({ since, signal: new AbortController().signal, counters });
      expect(result.cases.map((c) => c.externalId)).toEqual(['s1', 's2', 's3']);
      expect(counters).toMatchObject({ pages: 2, duplicates: 1, rateLimited: 1, serverErrors: 1, retries: 2 });
      expect(vendor.requests[0]).toBe(`/v2/tickets?limit=200&updatedSince=${encodeURIComponent(since.toISOString())} Bearer tok`);
      expect(vendor.requests[1]).toContain('cursor=c1');
    } finally {
      await vendor.close();
    }
  });

  it('gives up after its retries and says why', async () => {
    const vendor = await scriptedVendor([500, 502, 503, 500].map((status) => ({ status, body: '{}' })));
    try {
      const adapter = new StrawberryAdapter({ baseUrl: vendor.url, credential: 'tok', policy, pageSize: 10 });
      const error = await adapter
        .pull({ since: undefined, signal: new AbortController().signal, counters: emptyCounters() })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceFetchError);
      expect((error as Error).message).toMatch(/answered 500.*gave up after 4 attempts/);
    } finally {
      await vendor.close();
    }
  });
});
