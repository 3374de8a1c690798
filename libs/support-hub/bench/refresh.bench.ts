// Support hub volume benchmark (not part of `npm test`: prints timings, asserts nothing). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/support-hub/bench/*.bench.ts' --testTimeout 900000
//
// 1. a full refresh of 2 × 50,000 cases from the simulators (BENCH_CASES per CRM);
// 2. incremental refreshes with 1% changed, warm and as on an instance that must read the state back;
// 3. get-all and search latency (p50/p95, sequential) at ≥ 10,000 aggregated cases (BENCH_GROUPS more).
import type { AddressInfo } from 'node:net';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import {
  BANANA_HEADERS,
  createHubTestApp,
  crmWrite,
  HUB,
  type HubTestContext,
  refreshNow,
  STRAWBERRY_HEADERS,
} from '../test/support-hub-test-app.js';

const CASES = Number(process.env.BENCH_CASES ?? 50_000);
const EXTRA_GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000);

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

async function latency(ctx: HubTestContext, path: string, requests = 300) {
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    const { port } = ctx.t.app.getHttpServer().address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: ADMIN_AUTH } });
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50).toFixed(1), p95: percentile(times, 95).toFixed(1) };
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe(`support hub at ${CASES} cases per CRM`, () => {
  let ctx: HubTestContext;
  beforeAll(async () => {
    ctx = await createHubTestApp({
      bananaCases: CASES,
      strawberryCases: CASES,
      env: { SUPPORT_HUB_HTTP_TIMEOUT_MS: '30000', SUPPORT_HUB_FULL_SYNC_EVERY: '1000' },
    });
  });
  afterAll(() => ctx.close());

  it('measures', async () => {
    const lines: string[] = [`database: ${ctx.t.database.dialect}`];
    let started = performance.now();
    const full = await refreshNow(ctx.t);
    lines.push(
      `full refresh of 2 × ${CASES}: ${(performance.now() - started).toFixed(0)} ms wall, run ${full.id} ${full.status}, ${full.caseCount} cases, ${full.aggregatedCount} aggregated`,
    );

    const ids = { banana: [] as string[], strawberry: [] as string[] };
    for (let offset = 0; ids.banana.length < CASES / 100 || ids.strawberry.length < CASES / 100; offset += 1000) {
      const page = (await ctx.t.http.get(`${HUB}/cases?limit=1000&offset=${offset}&sort=id`).set('Authorization', ADMIN_AUTH)).body as {
        source: string;
        externalId: string;
      }[];
      if (!page.length) break;
      for (const c of page)
        if (ids[c.source as 'banana' | 'strawberry'].length < CASES / 100) ids[c.source as 'banana' | 'strawberry'].push(c.externalId);
    }
    await inBatches(ids.banana, 50, (id) =>
      crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${id}`, BANANA_HEADERS, { state: 'CLOSED', title: 'Changed for the benchmark' }),
    );
    await inBatches(ids.strawberry, 50, (id) =>
      crmWrite('PATCH', `${ctx.sims.strawberryUrl}/v2/tickets/${id}`, STRAWBERRY_HEADERS, {
        status: 'closed',
        subject: 'Changed for the benchmark',
      }),
    );
    started = performance.now();
    const incremental = await refreshNow(ctx.t);
    lines.push(
      `incremental refresh, ${ids.banana.length + ids.strawberry.length} changed (1%): ${(performance.now() - started).toFixed(0)} ms wall, changed ${incremental.sources.map((s) => `${s.source} ${s.changed}`).join(', ')}`,
    );
    started = performance.now();
    await refreshNow(ctx.t);
    lines.push(`incremental refresh, nothing changed: ${(performance.now() - started).toFixed(0)} ms wall`);

    // As on an instance that did not write the last state (or after a restart): the state is read from the database.
    await inBatches(ids.banana, 50, (id) =>
      crmWrite('PATCH', `${ctx.sims.bananaUrl}/api/cases/${id}`, BANANA_HEADERS, { title: 'Changed again' }),
    );
    await inBatches(ids.strawberry, 50, (id) =>
      crmWrite('PATCH', `${ctx.sims.strawberryUrl}/v2/tickets/${id}`, STRAWBERRY_HEADERS, { subject: 'Changed again' }),
    );
    await ctx.t.db.dataSource.query("UPDATE support_hub_state SET writer = 'another-instance' WHERE id = 1");
    started = performance.now();
    await refreshNow(ctx.t);
    lines.push(
      `incremental refresh, 1% changed, state read from the database (cold instance): ${(performance.now() - started).toFixed(0)} ms wall`,
    );

    // ≥ 10,000 aggregated cases: one new error code per case.
    const providers = ['Vodafone UK', 'ORANGE SA', 'Telefonica ES', 'MTS', 'O2 UK'];
    const writes = Array.from({ length: EXTRA_GROUPS }, (_, i) => i);
    await inBatches(writes, 100, (i) =>
      crmWrite('POST', `${ctx.sims.bananaUrl}/api/cases`, BANANA_HEADERS, {
        vendor: { name: providers[i % providers.length] },
        err_code: `E-${20000 + i}`,
        state: i % 3 ? 'OPEN' : 'CLOSED',
        title: `Benchmark fault ${i}`,
      }),
    );
    started = performance.now();
    const grown = await refreshNow(ctx.t);
    lines.push(
      `incremental refresh adding ${EXTRA_GROUPS} new aggregated cases: ${(performance.now() - started).toFixed(0)} ms wall, ${grown.aggregatedCount} aggregated`,
    );

    for (const path of [
      `${HUB}/get-all`,
      `${HUB}/get-all?status=open&sort=-caseCount`,
      `${HUB}/search?provider=Vodafone%20UK`,
      `${HUB}/search?provider=orange&errorCode=e-20001&status=open`,
      `${HUB}/search?q=benchmark%20fault%201234`,
      `${HUB}/search?q=roaming&status=closed`,
    ]) {
      const { p50, p95 } = await latency(ctx, path);
      lines.push(`GET ${path.replace(HUB, '')}: p50 ${p50} ms, p95 ${p95} ms`);
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});
