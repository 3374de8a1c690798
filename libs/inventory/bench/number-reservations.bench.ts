// Number reservation benchmark (not part of `npm test`: prints figures, asserts only that no number was
// given twice). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/inventory/bench/number-reservations.bench.ts' --testTimeout 900000
//
// 1,000 "any matching" reservations (200 in flight at once, BENCH_CONCURRENCY) (POST /api/v1/numbers/reservations) against a pool of
// 100,000 free MSISDNs (BENCH_POOL, BENCH_CLAIMS): claims/s and duplicates, first through the server built for
// production (dist/, `npm run build:server`) in a process of its own, then through the test app in the Jest
// process (which pays for Jest's module system on every request); the clients run on a worker thread. Beside them the same claims
// (random candidates from the pick index, a conditional UPDATE and the reservation INSERT in a
// transaction) straight through mysql2 on another pool of the same size. Target: 0 duplicates, ≥ 500 claims/s.
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { NumberReservation } from '../src/reservation/number-reservation.entity.js';
import { loadFromWorker, startBuiltServer } from '../../../bench/lib/bench-kit.js';
import { createInventoryTestApp } from '../test/inventory-test-app.js';
import { fillPool, fillPoolRaw, rawPool, rawWindowedPick, urlOf } from './bench-numbers.js';

const POOL = Number(process.env.BENCH_POOL ?? 100_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000);
const WARM_UP = 50;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);

/** One raw claim: random candidates from the pick index, each tried with a conditional UPDATE until one is won. */
async function rawClaim(connection: PoolConnection, pool: string): Promise<number | null> {
  for (let round = 0; round < 6; round += 1) {
    const candidates = await rawWindowedPick(connection, "resource_type = 'msisdn' AND status = 'available' AND pool = ?", [pool], 8);
    for (const candidate of candidates) {
      await connection.beginTransaction();
      const [result] = await connection.query<RowDataPacket[] & { affectedRows: number }>(
        "UPDATE number_resource SET status = 'reserved', reserved_until = NOW(3), version = version + 1 WHERE id = ? AND status = 'available'",
        [candidate.id],
      );
      if ((result as unknown as { affectedRows: number }).affectedRows === 1) {
        await connection.query(
          "INSERT INTO number_reservation (resource_id, resource_type, value, cart_id, status, expires_at, created_by, version, created_at, updated_at) VALUES (?, 'msisdn', ?, 'raw', 'active', NOW(3), 'raw', 1, NOW(3), NOW(3))",
          [candidate.id, candidate.value],
        );
        await connection.commit();
        return Number(candidate.id);
      }
      await connection.rollback();
    }
  }
  return null;
}

/** WARM_UP claims one at a time, then CLAIMS with BENCH_CONCURRENCY in flight, from a worker thread, on `pool`: the figures' lines and the numbers won. */
async function claimThrough(
  server: string,
  pool: string,
  label: string,
  storedOf: (pool: string) => Promise<number>,
): Promise<{ lines: string[]; rate: number }> {
  const request = {
    url: `${server}/api/v1/numbers/reservations`,
    method: 'POST',
    headers: { authorization: ADMIN_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ resourceType: 'msisdn', pool, cartId: pool }),
  };
  // Warm-up (credentials cached, connections opened, code compiled), one at a time: the latency of one claim.
  const single = (
    await loadFromWorker(
      Array.from({ length: WARM_UP }, () => request),
      1,
    )
  ).figures;
  const load = await loadFromWorker(
    Array.from({ length: CLAIMS }, () => request),
    CONCURRENCY,
    true,
  );
  const answers = load.answers.map((a) => ({ status: a.status, body: (a.body ? JSON.parse(a.body) : {}) as { resourceId?: string } }));
  const won = answers.filter((a) => a.status === 201).map((a) => a.body.resourceId);
  const statuses = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
  const stored = (await storedOf(pool)) - WARM_UP;
  const duplicates = won.length - new Set(won).size;
  const rate = won.length / load.seconds;
  expect(duplicates).toBe(0);
  expect(stored).toBe(won.length);
  return {
    rate,
    lines: [
      `${label}, one claim at a time (${WARM_UP}): p50 ${single.p50} ms, p95 ${single.p95} ms`,
      `${label}: ${won.length}/${CLAIMS} claims in ${load.seconds.toFixed(2)} s = ${rate.toFixed(0)} claims/s (p50 ${load.figures.p50} ms, p95 ${load.figures.p95} ms); ` +
        `duplicates ${duplicates}; statuses ${JSON.stringify(statuses)}; reservations stored ${stored}`,
    ],
  };
}

describe(`number reservations: ${CLAIMS} concurrent claims against ${POOL} numbers`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createInventoryTestApp();
    await fillPool(t, 'bench', 4917000000000, POOL);
    await fillPool(t, 'raw', 4918000000000, POOL);
  });
  afterAll(() => t.close());

  it('measures', async () => {
    const lines: string[] = [`database: ${t.database.dialect}`];
    // The server built for production in a process of its own (bench-kit's startBuiltServer), on a database of its own.
    const built = await startBuiltServer(t.database.url, 'built');
    const builtDb = rawPool(t, 4, built.databaseUrl);
    let production: Awaited<ReturnType<typeof claimThrough>>;
    try {
      await fillPoolRaw(builtDb, 'built', 4916000000000, POOL);
      production = await claimThrough(built.url, 'built', 'contactly (built server, own process)', async (pool) => {
        const [rows] = await builtDb.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM number_reservation WHERE cart_id = ?', [pool]);
        return Number(rows[0].n);
      });
    } finally {
      await builtDb.end();
      await built.stop();
    }
    lines.push(...production.lines);
    const inJest = await claimThrough(urlOf(t), 'bench', 'contactly (in the Jest process)', (pool) =>
      t.db.repository(NumberReservation).countBy({ cartId: pool }),
    );
    lines.push(...inJest.lines);

    const raw = rawPool(t, 20);
    const started = performance.now();
    const rawWon = await Promise.all(
      Array.from({ length: CLAIMS }, async () => {
        const connection = await raw.getConnection();
        try {
          return await rawClaim(connection, 'raw');
        } finally {
          connection.release();
        }
      }),
    );
    const rawElapsed = (performance.now() - started) / 1000;
    const rawIds = rawWon.filter((id): id is number => id !== null);
    const rawRate = rawIds.length / rawElapsed;
    await raw.end();
    lines.push(
      `raw mysql2: ${rawIds.length}/${CLAIMS} claims in ${rawElapsed.toFixed(2)} s = ${rawRate.toFixed(0)} claims/s; duplicates ${rawIds.length - new Set(rawIds).size}`,
    );
    lines.push(
      `ratio contactly/raw: ${(production.rate / rawRate).toFixed(2)} built, ${(inJest.rate / rawRate).toFixed(2)} in Jest; target 0 duplicates and ≥ 500 claims/s`,
    );
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});
