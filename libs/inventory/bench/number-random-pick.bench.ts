// Random pick benchmark (not part of `npm test`: prints latencies, asserts nothing). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/inventory/bench/number-random-pick.bench.ts' --testTimeout 900000
//
// GET …/resource?resourceType=msisdn&status=available&random=true&limit=5 (and with a pattern) at
// 1,000,000 numbers (BENCH_NUMBERS), sequential requests: p50/p95; beside it the same index range
// reads straight through mysql2. Target: p95 ≤ 20 ms.
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createInventoryTestApp } from '../test/inventory-test-app.js';
import { fillPool, percentile, rawPool, rawWindowedPick, urlOf } from './bench-numbers.js';

const NUMBERS = Number(process.env.BENCH_NUMBERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const PATH = '/tmf-api/resourceInventoryManagement/v4/resource';

const summary = (times: number[]) => `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`;

describe(`random pick at ${NUMBERS} numbers`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createInventoryTestApp();
    const started = performance.now();
    await fillPool(t, 'default', 4917000000000, NUMBERS);
    process.stdout.write(`filled ${NUMBERS} numbers in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });
  afterAll(() => t.close());

  it('measures', async () => {
    const lines: string[] = [`database: ${t.database.dialect}`];
    const base = urlOf(t);
    for (const query of [
      'resourceType=msisdn&status=available&random=true&limit=5',
      'resourceType=msisdn&status=available&random=true&limit=5&pattern=*77*',
    ]) {
      const times: number[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < REQUESTS + 20; i += 1) {
        const started = performance.now();
        const res = await fetch(`${base}${PATH}?${query}`, { headers: { authorization: ADMIN_AUTH } });
        const body = (await res.json()) as { value: string }[];
        if (i >= 20) times.push(performance.now() - started); // the first ones warm the pool and the credential cache
        body.forEach((r) => seen.add(r.value));
      }
      lines.push(`contactly GET ?${query}: ${summary(times)} (${seen.size} distinct numbers seen)`);
    }
    const raw = rawPool(t, 4);
    for (const like of [null, '%77%']) {
      const times: number[] = [];
      for (let i = 0; i < REQUESTS + 20; i += 1) {
        const started = performance.now();
        const params: unknown[] = like ? [like] : [];
        await rawWindowedPick(raw, `resource_type = 'msisdn' AND status = 'available'${like ? ' AND value LIKE ?' : ''}`, params, 5);
        if (i >= 20) times.push(performance.now() - started);
      }
      lines.push(`raw mysql2 index range read${like ? ` LIKE ${like}` : ''}: ${summary(times)}`);
    }
    await raw.end();
    lines.push('target: p95 ≤ 20 ms');
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});
