import { type CrmSimulators, startCrmSimulators } from '../src/index.js';
import {
  BANANA_HEADERS,
  getJson,
  pullBanana,
  pullBananaPages,
  pullStrawberry,
  pullStrawberryPages,
  STRAWBERRY_HEADERS,
} from './crm-simulator-client.js';

const BANANA_CASES = 1234;
const STRAWBERRY_CASES = 777;

describe('CRM simulators: auth and listings', () => {
  let sims: CrmSimulators;

  beforeAll(async () => {
    sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: BANANA_CASES, strawberryCases: STRAWBERRY_CASES });
  });
  afterAll(() => sims.close());

  describe('auth', () => {
    it.each<Record<string, string>>([{}, { 'x-banana-key': 'wrong' }, STRAWBERRY_HEADERS])('Banana refuses %j', async (headers) => {
      const { status, body } = await getJson(`${sims.bananaUrl}/api/cases`, headers);
      expect(status).toBe(401);
      expect(body).toEqual({ err: 'unauthorized' });
    });

    it.each<Record<string, string>>([{}, { authorization: 'Bearer wrong' }, { authorization: 'strawberry-token' }, BANANA_HEADERS])(
      'Strawberry refuses %j',
      async (headers) => {
        const { status, body } = await getJson<{ error: { code: string; message: string } }>(`${sims.strawberryUrl}/v2/tickets`, headers);
        expect(status).toBe(401);
        expect(body.error.code).toBe('AUTH');
        expect(typeof body.error.message).toBe('string');
      },
    );

    it('refuses writes without credentials too', async () => {
      expect((await fetch(`${sims.bananaUrl}/api/cases/BAN-000001`, { method: 'DELETE' })).status).toBe(401);
      expect((await fetch(`${sims.strawberryUrl}/v2/tickets/anything`, { method: 'DELETE' })).status).toBe(401);
    });
  });

  describe('Banana paging', () => {
    it('returns every case exactly once, sorted by updated_ms then case_id, with the total on each page', async () => {
      const pages = await pullBananaPages(sims.bananaUrl, { pageSize: 100 });
      expect(pages).toHaveLength(Math.ceil(BANANA_CASES / 100));
      expect(pages.every((p) => p.total === BANANA_CASES && p.page_size === 100)).toBe(true);
      const cases = pages.flatMap((p) => p.cases);
      expect(cases).toHaveLength(BANANA_CASES);
      expect(new Set(cases.map((c) => c.case_id)).size).toBe(BANANA_CASES);
      const keys = cases.map((c) => [c.updated_ms, c.case_id] as const);
      expect(keys.every(([ms, id], i) => i === 0 || keys[i - 1][0] < ms || (keys[i - 1][0] === ms && keys[i - 1][1] < id))).toBe(true);
    });

    it('answers a page past the end with no cases', async () => {
      const { body } = await getJson<{ cases: unknown[]; total: number }>(
        `${sims.bananaUrl}/api/cases?page=99&pageSize=500`,
        BANANA_HEADERS,
      );
      expect(body).toMatchObject({ total: BANANA_CASES, cases: [] });
    });

    it.each(['pageSize=501', 'pageSize=0', 'page=0', 'page=x', 'updatedSince=yesterday'])('rejects %s with 400', async (query) => {
      const { status, body } = await getJson<{ err: string }>(`${sims.bananaUrl}/api/cases?${query}`, BANANA_HEADERS);
      expect(status).toBe(400);
      expect(body.err).toBe('bad_request');
    });

    it('filters by updatedSince (epoch ms, inclusive)', async () => {
      const all = await pullBanana(sims.bananaUrl, { pageSize: 500 });
      const since = all[Math.floor(all.length * 0.7)].updated_ms;
      const recent = await pullBanana(sims.bananaUrl, { pageSize: 50, updatedSince: since });
      expect(recent.map((c) => c.case_id)).toEqual(all.filter((c) => c.updated_ms >= since).map((c) => c.case_id));
      const { body } = await getJson<{ total: number }>(`${sims.bananaUrl}/api/cases?updatedSince=${since}`, BANANA_HEADERS);
      expect(body.total).toBe(recent.length);
    });

    it('shows cases in Banana terms', async () => {
      const all = await pullBanana(sims.bananaUrl, { pageSize: 500 });
      for (const c of all) {
        expect(c.case_id).toMatch(/^BAN-\d{6}$/);
        expect(c.err_code).toMatch(/^E-\d{4}$/);
        expect(['OPEN', 'CLOSED']).toContain(c.state);
        expect(c.vendor.name.length).toBeGreaterThan(0);
        expect(c.created_ms).toBeLessThanOrEqual(c.updated_ms);
      }
      expect(new Set(all.map((c) => c.vendor.name)).size).toBeGreaterThan(8);
    });
  });

  describe('Strawberry paging', () => {
    it('returns every ticket exactly once through the cursor, sorted by updatedAt then id', async () => {
      const tickets = await pullStrawberry(sims.strawberryUrl, { limit: 50 });
      expect(tickets).toHaveLength(STRAWBERRY_CASES);
      expect(new Set(tickets.map((t) => t.id)).size).toBe(STRAWBERRY_CASES);
      const keys = tickets.map((t) => [Date.parse(t.updatedAt), t.id] as const);
      expect(keys.every(([ms, id], i) => i === 0 || keys[i - 1][0] < ms || (keys[i - 1][0] === ms && keys[i - 1][1] < id))).toBe(true);
    });

    it('ends with a null nextCursor, also when the last page is exactly full', async () => {
      const { body } = await getJson<{ data: unknown[]; nextCursor: string | null }>(
        `${sims.strawberryUrl}/v2/tickets?limit=200`,
        STRAWBERRY_HEADERS,
      );
      expect(body.data).toHaveLength(200);
      expect(body.nextCursor).toEqual(expect.any(String));
      const exact = await pullStrawberryPages(sims.strawberryUrl, { limit: 7 }); // 777 = 111 × 7
      expect(exact).toHaveLength(111);
      expect(exact.at(-1)?.data).toHaveLength(7);
    });

    it.each(['limit=201', 'limit=0', 'cursor=not-a-cursor', 'updatedSince=yesterday'])('rejects %s with 400', async (query) => {
      const { status, body } = await getJson<{ error: { code: string } }>(`${sims.strawberryUrl}/v2/tickets?${query}`, STRAWBERRY_HEADERS);
      expect(status).toBe(400);
      expect(body.error.code).toBe('INVALID_REQUEST');
    });

    it('filters by updatedSince (ISO 8601, inclusive)', async () => {
      const all = await pullStrawberry(sims.strawberryUrl, { limit: 200 });
      const since = all[Math.floor(all.length * 0.6)].updatedAt;
      const recent = await pullStrawberry(sims.strawberryUrl, { limit: 30, updatedSince: since });
      expect(recent.map((t) => t.id)).toEqual(all.filter((t) => t.updatedAt >= since).map((t) => t.id));
      expect(recent.length).toBeLessThan(all.length);
    });

    it('shows tickets in Strawberry terms, error codes in several styles', async () => {
      const all = await pullStrawberry(sims.strawberryUrl, { limit: 200 });
      for (const t of all) {
        expect(t.id).toMatch(/^st_[0-9a-f]{16}$/);
        expect(t.errorCode).toMatch(/^(E|e|e-|ERR|ERR-)?\d{4}$/);
        expect(['open', 'pending', 'resolved', 'closed']).toContain(t.status);
        expect(t.provider.id).toMatch(/^prv-\d+$/);
        expect(t.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      }
      expect(new Set(all.map((t) => t.errorCode.replace(/\d/g, ''))).size).toBe(6);
    });
  });

  it('names a demo customer in about 30% of the cases', async () => {
    const emails = [
      ...(await pullBanana(sims.bananaUrl, { pageSize: 500 })).map((c) => c.customer_ref),
      ...(await pullStrawberry(sims.strawberryUrl, { limit: 200 })).map((t) => t.customer?.email),
    ];
    const share = emails.filter((e) => e?.endsWith('@mail.example')).length / emails.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });
});
