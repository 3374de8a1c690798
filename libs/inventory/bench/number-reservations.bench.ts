// Number reservation benchmark (not part of `npm test`: prints figures, asserts only that no number was
// given twice). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/inventory/bench/number-reservations.bench.ts' --testTimeout 900000
//
// 1,000 concurrent "any matching" reservations (POST /api/v1/numbers/reservations) against a pool of
// 100,000 free MSISDNs (BENCH_POOL, BENCH_CLAIMS): claims/s and duplicates; beside it the same claims
// (random candidates from the pick index, a conditional UPDATE and the reservation INSERT in a
// transaction) straight through mysql2 on another pool of the same size. Target: 0 duplicates, ≥ 500 claims/s.
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import type { PoolConnection, RowDataPacket } from 'mysql2/promise';
import { NumberReservation } from '../src/reservation/number-reservation.entity.js';
import { createInventoryTestApp } from '../test/inventory-test-app.js';
import { fillPool, percentile, rawPool, rawWindowedPick, urlOf } from './bench-numbers.js';

const POOL = Number(process.env.BENCH_POOL ?? 100_000);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000);
const WARM_UP = 50;

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
    const url = `${urlOf(t)}/api/v1/numbers/reservations`;
    const claim = () =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: ADMIN_AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ resourceType: 'msisdn', pool: 'bench', cartId: 'bench' }),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { resourceId?: string } }));
    // Warm-up (credentials cached, connections opened, code compiled), one at a time: the latency of one claim.
    const single: number[] = [];
    for (let i = 0; i < WARM_UP; i += 1) {
      const at = performance.now();
      await claim();
      single.push(performance.now() - at);
    }
    lines.push(
      `contactly, one claim at a time (${WARM_UP}): p50 ${percentile(single, 50).toFixed(1)} ms, p95 ${percentile(single, 95).toFixed(1)} ms`,
    );
    let started = performance.now();
    const answers = await Promise.all(Array.from({ length: CLAIMS }, claim));
    const elapsed = (performance.now() - started) / 1000;
    const won = answers.filter((a) => a.status === 201).map((a) => a.body.resourceId);
    const statuses = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
    const stored = (await t.db.repository(NumberReservation).countBy({ cartId: 'bench' })) - WARM_UP;
    const distinct = new Set(won).size;
    const rate = won.length / elapsed;
    lines.push(
      `contactly: ${won.length}/${CLAIMS} claims in ${elapsed.toFixed(2)} s = ${rate.toFixed(0)} claims/s; duplicates ${won.length - distinct}; statuses ${JSON.stringify(statuses)}; reservations stored ${stored}`,
    );

    const raw = rawPool(t, 20);
    started = performance.now();
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
    lines.push(`ratio contactly/raw: ${(rate / rawRate).toFixed(2)}; target 0 duplicates and ≥ 500 claims/s`);
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
    expect(won.length - distinct).toBe(0);
    expect(stored).toBe(won.length);
  });
});
