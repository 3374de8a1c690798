// Subscription renewal volume benchmark (not part of `npm test`: prints timings, asserts nothing). On MariaDB:
//
//   DATABASE_URL=mariadb://root@127.0.0.1:3306/test node --experimental-vm-modules --no-warnings=ExperimentalWarning \
//     node_modules/jest/bin/jest.js --testMatch '**/libs/inventory/bench/*.bench.ts' --testTimeout 900000
//
// BENCH_SUBSCRIPTIONS (100,000) due subscriptions inserted in bulk, then:
// 1. the renewal job (SubscriptionRenewal.renewDue: locked batches, conditional UPDATE, period rows, ProductRenewEvents); target ≤ 30 s;
// 2. a rerun, which must renew 0;
// 3. the raw-driver baseline on the same rows: mysql2, the same batches, one set-based UPDATE + period rows + events each.
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { insertRows, ManualClock, type SqlValue } from '@contactly/platform';
import { ADMIN_AUTH } from '@contactly/platform/testing';
import { insertOffering } from '@contactly/catalog/testing';
import { SubscriptionRenewal } from '../src/renewal/subscription-renewal.js';
import { createInventoryTestApp } from '../test/inventory-test-app.js';
import { customerWithAccount } from '../test/subscription-fixtures.js';

const COUNT = Number(process.env.BENCH_SUBSCRIPTIONS ?? 100_000);
const BATCH = 500;
const START = new Date('2026-01-15T09:00:00.000Z');
const FIRST_END = new Date('2026-02-15T09:00:00.000Z');
const NEXT_END = new Date('2026-03-15T09:00:00.000Z');

const COLUMNS = [
  'customer_id',
  'name',
  'offering_id',
  'offering_name',
  'is_bundle',
  'price_id',
  'price_name',
  'price_amount_minor',
  'currency',
  'period_unit',
  'period_length',
  'billing_account_id',
  'status',
  'start_date',
  'current_period_start',
  'current_period_end',
  'period_number',
  'auto_renew',
  'version',
  'created_at',
  'updated_at',
];

describe(`subscription renewal of ${COUNT} due subscriptions`, () => {
  const clock = new ManualClock(START);
  let t: Awaited<ReturnType<typeof createInventoryTestApp>>;
  beforeAll(async () => {
    t = await createInventoryTestApp({ clock });
  });
  afterAll(() => t.close());

  it('measures', async () => {
    const lines: string[] = [`database: ${t.database.dialect}`];
    const { customerId, accountId } = await customerWithAccount(t, ADMIN_AUTH);
    const offering = await insertOffering(t, { name: 'Bench plan', prices: [{ priceType: 'recurring', amountMinor: 1999 }] });
    const row = (): SqlValue[] => [
      Number(customerId),
      'Bench plan',
      offering.offeringId,
      'Bench plan',
      false,
      offering.priceIds[0],
      'Monthly fee',
      1999,
      'EUR',
      'month',
      1,
      Number(accountId),
      'active',
      START,
      START,
      FIRST_END,
      1,
      true,
      1,
      START,
      START,
    ];
    let started = performance.now();
    await t.db.transaction(() => insertRows(t.db.manager, 'subscription', COLUMNS, Array.from({ length: COUNT }, row)));
    lines.push(`inserted ${COUNT} due subscriptions in ${(performance.now() - started).toFixed(0)} ms`);

    clock.set(new Date(FIRST_END.getTime() + 60_000));
    const renewal = t.get(SubscriptionRenewal);
    started = performance.now();
    const first = await renewal.renewDue();
    const jobMs = performance.now() - started;
    lines.push(`renewal job: ${first.renewed} renewed, ${first.terminated} ended in ${jobMs.toFixed(0)} ms (target ≤ 30000 ms)`);
    started = performance.now();
    const rerun = await renewal.renewDue();
    lines.push(`rerun: ${rerun.renewed} renewed, ${rerun.terminated} ended in ${(performance.now() - started).toFixed(0)} ms (must be 0)`);
    const [{ periods }] = (await t.db.dataSource.query('SELECT COUNT(*) AS periods FROM subscription_period')) as { periods: number }[];
    lines.push(`period rows: ${Number(periods)} (one per renewal)`);

    if (t.database.dialect === 'mariadb') {
      // Back to the first period, then the baseline does the same work with the raw driver.
      await t.db.dataSource.query('DELETE FROM subscription_period');
      await t.db.dataSource.query("DELETE FROM outbox_event WHERE event_type = 'ProductRenewEvent'");
      await t.db.dataSource.query(
        'UPDATE subscription SET period_number = 1, current_period_start = ?, current_period_end = ?, version = 1',
        [START, FIRST_END],
      );
      const url = new URL(t.database.url);
      const connection = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username || 'root'),
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1),
      });
      try {
        started = performance.now();
        const baseline = await rawRenewal(connection, new Date(FIRST_END.getTime() + 60_000));
        const rawMs = performance.now() - started;
        lines.push(`raw mysql2 baseline: ${baseline} renewed in ${rawMs.toFixed(0)} ms; job / baseline = ${(jobMs / rawMs).toFixed(2)}`);
      } finally {
        await connection.end();
      }
    }
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  });
});

/** The job's work with the bare driver: the same locked batches, one set-based UPDATE, period rows and events per batch. */
async function rawRenewal(connection: mysql.Connection, now: Date): Promise<number> {
  let renewed = 0;
  for (;;) {
    await connection.beginTransaction();
    const [rows] = (await connection.query(
      "SELECT * FROM subscription WHERE status = 'active' AND current_period_end <= ? ORDER BY current_period_end, id LIMIT ? FOR UPDATE SKIP LOCKED",
      [now, BATCH],
    )) as unknown as [{ id: number; customer_id: number; offering_id: number; price_id: number; billing_account_id: number }[]];
    if (!rows.length) {
      await connection.commit();
      return renewed;
    }
    const ids = rows.map((r) => r.id);
    await connection.query(
      'UPDATE subscription SET period_number = period_number + 1, current_period_start = current_period_end, current_period_end = ?, version = version + 1, updated_at = ? WHERE id IN (?) AND current_period_end = ?',
      [NEXT_END, now, ids, FIRST_END],
    );
    await connection.query(
      'INSERT INTO subscription_period (subscription_id, period_number, period_start, period_end, amount_minor, currency, created_at) VALUES ?',
      [ids.map((id) => [id, 2, FIRST_END, NEXT_END, 1999, 'EUR', now])],
    );
    await connection.query(
      'INSERT INTO outbox_event (event_id, event_type, resource_type, resource_id, payload, occurred_at) VALUES ?',
      // The same body as the job's ProductRenewEvent, built by hand.
      [rows.map((r) => [randomUUID(), 'ProductRenewEvent', 'product', String(r.id), JSON.stringify({ product: rawSnapshot(r) }), now])],
    );
    await connection.commit();
    renewed += ids.length;
  }
}

const rawSnapshot = (r: { id: number; customer_id: number; offering_id: number; price_id: number; billing_account_id: number }) => ({
  id: String(r.id),
  href: `/tmf-api/productInventory/v4/product/${r.id}`,
  status: 'active',
  terminationDate: null,
  productOffering: { id: String(r.offering_id), name: 'Bench plan', '@referredType': 'ProductOffering' },
  productPrice: [
    {
      priceType: 'recurring',
      recurringChargePeriod: 'month',
      price: { taxIncludedAmount: { unit: 'EUR', value: 19.99 } },
      productOfferingPrice: { id: String(r.price_id), '@referredType': 'ProductOfferingPrice' },
    },
  ],
  billingAccount: { id: String(r.billing_account_id), '@referredType': 'BillingAccount' },
  relatedParty: [{ id: String(r.customer_id), role: 'customer', '@referredType': 'Customer' }],
  autoRenew: true,
  periodNumber: 2,
  currentPeriod: { startDateTime: FIRST_END.toISOString(), endDateTime: NEXT_END.toISOString() },
  '@type': 'Product',
});
