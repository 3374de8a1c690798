import { type CrmSimulators, startCrmSimulators } from '../src/index.js';
import {
  BANANA_HEADERS,
  clearFaults,
  pullBanana,
  pullBananaPages,
  pullStrawberry,
  pullStrawberryPages,
  sendJson,
  setFaults,
  STRAWBERRY_HEADERS,
} from './crm-simulator-client.js';

const CASES = 35;

/** What the fault tests need to know of a vendor: where its listing is and how its records name provider and error code. */
interface VendorUnderTest {
  name: string;
  url: (sims: CrmSimulators) => string;
  listPath: string;
  headers: Record<string, string>;
  errorBodyOf: (status: number) => unknown;
  records: (body: unknown) => Record<string, unknown>[];
  providerField: string;
  errorCodeField: string;
  /** Pages of ids, for the duplicate-across-pages fault. */
  pagesOfIds: (baseUrl: string) => Promise<string[][]>;
  allIds: (baseUrl: string) => Promise<string[]>;
}

const VENDORS: VendorUnderTest[] = [
  {
    name: 'Banana',
    url: (sims) => sims.bananaUrl,
    listPath: '/api/cases?pageSize=10',
    headers: BANANA_HEADERS,
    errorBodyOf: (status) => ({ err: { 429: 'rate_limited', 500: 'server_error', 502: 'bad_gateway', 503: 'unavailable' }[status] }),
    records: (body) => (body as { cases: Record<string, unknown>[] }).cases,
    providerField: 'vendor',
    errorCodeField: 'err_code',
    pagesOfIds: async (url) => (await pullBananaPages(url, { pageSize: 10 })).map((p) => p.cases.map((c) => c.case_id)),
    allIds: async (url) => (await pullBanana(url)).map((c) => c.case_id),
  },
  {
    name: 'Strawberry',
    url: (sims) => sims.strawberryUrl,
    listPath: '/v2/tickets?limit=10',
    headers: STRAWBERRY_HEADERS,
    errorBodyOf: (status) => ({
      error: {
        code: { 429: 'RATE_LIMITED', 500: 'INTERNAL', 502: 'BAD_GATEWAY', 503: 'UNAVAILABLE' }[status],
        message: expect.any(String),
      },
    }),
    records: (body) => (body as { data: Record<string, unknown>[] }).data,
    providerField: 'provider',
    errorCodeField: 'errorCode',
    pagesOfIds: async (url) => (await pullStrawberryPages(url, { limit: 10 })).map((p) => p.data.map((t) => t.id)),
    allIds: async (url) => (await pullStrawberry(url)).map((t) => t.id),
  },
];

describe.each(VENDORS)('$name fault injection', (vendor) => {
  let sims: CrmSimulators;
  let baseUrl: string;
  const list = (init: RequestInit = {}) => fetch(`${baseUrl}${vendor.listPath}`, { ...init, headers: vendor.headers });

  beforeAll(async () => {
    sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: CASES, strawberryCases: CASES });
    baseUrl = vendor.url(sims);
  });
  afterEach(() => clearFaults(baseUrl));
  afterAll(() => sims.close());

  it('shows the faults in force and forgets them on DELETE', async () => {
    await setFaults(baseUrl, { errorRate: 0.5, rateLimit: { every: 3, retryAfterSeconds: 2 } });
    expect(await (await fetch(`${baseUrl}/__faults`)).json()).toEqual({ errorRate: 0.5, rateLimit: { every: 3, retryAfterSeconds: 2 } });
    await clearFaults(baseUrl);
    expect(await (await fetch(`${baseUrl}/__faults`)).json()).toEqual({});
  });

  it.each([{ errorRate: 2 }, { latencyMs: -1 }, { rateLimit: { every: 0, retryAfterSeconds: 1 } }, { erorRate: 1 }])(
    'refuses the fault setting %j',
    async (faults) => {
      expect((await sendJson('PUT', `${baseUrl}/__faults`, faults)).status).toBe(400);
    },
  );

  it('latencyMs delays every API request, and DELETE restores the pace', async () => {
    await setFaults(baseUrl, { latencyMs: 400 });
    let started = Date.now();
    expect((await list()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await clearFaults(baseUrl);
    started = Date.now();
    expect((await list()).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(390);
  });

  it('errorRate 1 answers 500, 502 or 503 in the vendor error shape', async () => {
    await setFaults(baseUrl, { errorRate: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i += 1) {
      const response = await list();
      expect([500, 502, 503]).toContain(response.status);
      expect(await response.json()).toEqual(vendor.errorBodyOf(response.status));
      statuses.add(response.status);
    }
    expect(statuses.size).toBeGreaterThan(1);
    await clearFaults(baseUrl);
    expect((await list()).status).toBe(200);
  });

  it('errorRate below 1 fails repeatably: the same setting replays the same sequence', async () => {
    const statuses = async () => {
      await setFaults(baseUrl, { errorRate: 0.5 });
      const seen: number[] = [];
      for (let i = 0; i < 20; i += 1) seen.push((await list()).status);
      return seen;
    };
    const first = await statuses();
    const second = await statuses();
    expect(second).toEqual(first);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(3);
  });

  it('rateLimit answers every n-th request with 429 and Retry-After', async () => {
    await setFaults(baseUrl, { rateLimit: { every: 3, retryAfterSeconds: 7 } });
    const responses = [];
    for (let i = 0; i < 6; i += 1) responses.push(await list());
    expect(responses.map((r) => r.status)).toEqual([200, 200, 429, 200, 200, 429]);
    expect(responses[2].headers.get('retry-after')).toBe('7');
    expect(await responses[2].json()).toEqual(vendor.errorBodyOf(429));
  });

  it('timeoutRate 1 holds the request: a client that gives up sees no answer', async () => {
    await setFaults(baseUrl, { timeoutRate: 1, timeoutMs: 2000 });
    const started = Date.now();
    await expect(list({ signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('timeoutRate 1 answers after timeoutMs for a patient client', async () => {
    await setFaults(baseUrl, { timeoutRate: 1, timeoutMs: 500 });
    const started = Date.now();
    expect((await list()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(490);
  });

  it('truncateRate 1 cuts the JSON body mid-way', async () => {
    const whole = await (await list()).text();
    await setFaults(baseUrl, { truncateRate: 1 });
    const response = await list();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(whole.startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan(whole.length);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('malformedRate 1 sends a whole body that is not JSON', async () => {
    await setFaults(baseUrl, { malformedRate: 1 });
    const response = await list();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.endsWith('}')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('missingFieldsRate 1 drops the provider, the error code or both from every record', async () => {
    await setFaults(baseUrl, { missingFieldsRate: 1 });
    const records = vendor.records(await (await list()).json());
    expect(records).toHaveLength(10);
    for (const record of records) expect(vendor.providerField in record && vendor.errorCodeField in record).toBe(false);
    expect(records.some((r) => vendor.providerField in r)).toBe(true);
    expect(records.some((r) => vendor.errorCodeField in r)).toBe(true);
    await clearFaults(baseUrl);
    for (const record of vendor.records(await (await list()).json()))
      expect(vendor.providerField in record && vendor.errorCodeField in record).toBe(true);
  });

  it('duplicateAcrossPages repeats the last record of a page as the first of the next', async () => {
    const ids = await vendor.allIds(baseUrl);
    await setFaults(baseUrl, { duplicateAcrossPages: true });
    const pages = await vendor.pagesOfIds(baseUrl);
    expect(pages).toHaveLength(4);
    for (let i = 1; i < pages.length; i += 1) expect(pages[i][0]).toBe(pages[i - 1].at(-1));
    const listed = pages.flat();
    expect(listed).toHaveLength(CASES + 3);
    expect([...new Set(listed)]).toEqual(ids);
  });

  it('down answers 503 with Connection: close to everything but the control routes', async () => {
    await setFaults(baseUrl, { down: true });
    const response = await list();
    expect(response.status).toBe(503);
    expect(response.headers.get('connection')).toBe('close');
    expect((await fetch(`${baseUrl}/no/such/route`)).status).toBe(503);
    expect(await (await fetch(`${baseUrl}/__faults`)).json()).toEqual({ down: true });
    await clearFaults(baseUrl);
    expect((await list()).status).toBe(200);
  });

  it('never applies faults to the control routes', async () => {
    await setFaults(baseUrl, { errorRate: 1, truncateRate: 1, latencyMs: 1000 });
    const started = Date.now();
    expect(await (await fetch(`${baseUrl}/__faults`)).json()).toMatchObject({ errorRate: 1 });
    expect(Date.now() - started).toBeLessThan(900);
  });
});

it('closes promptly while a request is held by the timeout fault', async () => {
  const sims = await startCrmSimulators({ bananaPort: 0, strawberryPort: 0, bananaCases: 5, strawberryCases: 5 });
  await setFaults(sims.bananaUrl, { timeoutRate: 1 });
  const held = fetch(`${sims.bananaUrl}/api/cases`, { headers: BANANA_HEADERS }).catch((error: unknown) => error);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = Date.now();
  await sims.close();
  expect(Date.now() - started).toBeLessThan(1000);
  // The held request is dropped, not answered (undici's error comes from another realm than Jest's `Error`).
  expect(await held).toMatchObject({ message: 'fetch failed' });
});
