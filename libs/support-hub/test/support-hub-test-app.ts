import { type ManualClock, mergePersistence } from '@contactly/platform';
import { ADMIN_AUTH, createTestApp, type TestApp } from '@contactly/platform/testing';
import { IdentityModule } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { CUSTOMERS_PERSISTENCE } from '@contactly/customers/persistence';
import { type CrmSimulators, startCrmSimulators } from '../../../apps/crm-simulator/src/index.js';
import { SupportHubModule } from '../src/index.js';
import { SUPPORT_HUB_PERSISTENCE } from '../src/persistence.js';

export const HUB = '/api/v1/support-hub';
/** Seeded data is pinned to this day, so every run sees the same cases. */
export const SIM_ANCHOR = new Date('2026-01-15T00:00:00.000Z');

export interface HubTestContext {
  t: TestApp;
  sims: CrmSimulators;
  close(): Promise<void>;
}

/** The real app (identity + support hub, which reads customers) over a fresh database, pulling from real simulators on random ports. */
export async function createHubTestApp(
  options: { bananaCases?: number; strawberryCases?: number; env?: Record<string, string>; clock?: ManualClock; sims?: CrmSimulators } = {},
): Promise<HubTestContext> {
  const sims =
    options.sims ??
    (await startCrmSimulators({
      bananaPort: 0,
      strawberryPort: 0,
      bananaCases: options.bananaCases ?? 60,
      strawberryCases: options.strawberryCases ?? 60,
      now: SIM_ANCHOR,
    }));
  const t = await createTestApp({
    modules: [IdentityModule, SupportHubModule],
    ...mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE, SUPPORT_HUB_PERSISTENCE),
    clock: options.clock,
    env: {
      BANANA_URL: sims.bananaUrl,
      STRAWBERRY_URL: sims.strawberryUrl,
      SUPPORT_HUB_HTTP_TIMEOUT_MS: '400',
      SUPPORT_HUB_HTTP_RETRIES: '5',
      SUPPORT_HUB_RETRY_BASE_MS: '5',
      SUPPORT_HUB_RETRY_MAX_WAIT_MS: '1500',
      ...options.env,
    },
  });
  return {
    t,
    sims,
    close: async () => {
      await t.close();
      if (!options.sims) await sims.close();
    },
  };
}

/** A refresh that answers when it has finished (forced: tests refresh more often than every 15 minutes). */
export async function refreshNow(t: TestApp, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ force: 'true', wait: 'true', ...params });
  const res = await t.http.post(`${HUB}/refresh?${query}`).set('Authorization', ADMIN_AUTH);
  if (res.status !== 200) throw new Error(`refresh: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as RunBody;
}

export interface SourceBody {
  source: string;
  mode: string;
  status: string;
  fetched: number;
  new: number;
  changed: number;
  unchanged: number;
  deleted: number;
  skippedMalformed: number;
  duplicates: number;
  unclassified: number;
  retries: number;
  timeouts: number;
  rateLimited: number;
  serverErrors: number;
  malformedResponses: number;
  error: string | null;
  note: string | null;
}

export interface RunBody {
  id: number;
  status: string;
  joined?: boolean;
  caseCount: number;
  aggregatedCount: number;
  aggregated: { created: number; changed: number; closed: number; removed: number };
  sources: SourceBody[];
}

export const sourceOf = (run: RunBody, source: string) => run.sources.find((s) => s.source === source)!;

export async function setFaults(baseUrl: string, faults: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${baseUrl}/__faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (res.status !== 200) throw new Error(`PUT /__faults: ${res.status} ${await res.text()}`);
}

export async function clearFaults(baseUrl: string): Promise<void> {
  await fetch(`${baseUrl}/__faults`, { method: 'DELETE' });
}

export const BANANA_HEADERS = { 'x-banana-key': 'banana-secret', 'content-type': 'application/json' };
export const STRAWBERRY_HEADERS = { authorization: 'Bearer strawberry-token', 'content-type': 'application/json' };

export async function crmWrite(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const sent = body === undefined ? Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type')) : headers;
  const res = await fetch(url, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? {} : ((await res.json()) as Record<string, unknown>);
}

/** Every aggregated case (up to 1000). */
export async function allAggregated(t: TestApp) {
  const res = await t.http.get(`${HUB}/get-all?limit=1000`).set('Authorization', ADMIN_AUTH).expect(200);
  return res.body as {
    id: number;
    provider: string;
    errorCode: string;
    status: string;
    caseCount: number;
    openCount: number;
    sources: string[];
    groupKey: string;
  }[];
}
