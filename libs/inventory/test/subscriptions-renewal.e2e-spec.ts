import { ManualClock, StateHistoryEntry } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { insertOffering } from '@contactly/catalog/testing';
import { SubscriptionPeriod } from '../src/product/subscription-period.entity.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { RenewalScheduler } from '../src/renewal/renewal.scheduler.js';
import { SubscriptionRenewal } from '../src/renewal/subscription-renewal.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';
import { customerWithAccount, productEvents, PRODUCTS, type Row, subscribe, SUBSCRIPTIONS } from './subscription-fixtures.js';

const MINUTE = 60_000;

/** The renewal job: next period for auto-renewing ones, the end for the others, exactly once. */
describe('Subscription renewal', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let offeringId: number;
  let customerId: string;

  const create = async (extra: Row = {}) =>
    (await subscribe(t, ADMIN_AUTH, customerId, offeringId, extra).expect(201)).body as Row & { id: string };
  const get = async (id: string) => (await t.http.get(`${PRODUCTS}/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body as Row;
  const periods = async (id: string) =>
    (await t.db.repository(SubscriptionPeriod).find({ where: { subscriptionId: Number(id) }, order: { periodNumber: 'ASC' } })).map((p) => [
      p.periodNumber,
      p.periodStart.toISOString(),
      p.periodEnd.toISOString(),
    ]);

  beforeAll(async () => {
    t = await createInventoryTestApp({ clock });
    offeringId = (await insertOffering(t, { name: 'Mobile L', prices: [{ priceType: 'recurring', amountMinor: 2999 }] })).offeringId;
    customerId = (await customerWithAccount(t)).customerId;
  });
  afterAll(() => t.close());

  it('renews auto-renewing ones once, ends the others at period end, leaves suspended ones; a rerun does nothing', async () => {
    clock.set('2026-01-15T09:00:00.000Z');
    const renewing = await create();
    const notRenewing = await create({ autoRenew: false });
    const scheduled = await create();
    await t.http
      .post(`${SUBSCRIPTIONS}/${scheduled.id}/cancel`)
      .set('Authorization', ADMIN_AUTH)
      .send({ when: 'periodEnd', reason: 'unused' })
      .expect(200);
    const [msisdn] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const withNumber = await create({ autoRenew: false, realizingResource: [{ id: String(msisdn.id) }] });
    const suspended = await create();
    await t.http.post(`${SUBSCRIPTIONS}/${suspended.id}/suspend`).set('Authorization', ADMIN_AUTH).send({}).expect(200);
    const scheduler = t.get(RenewalScheduler);

    clock.set('2026-02-15T08:59:00.000Z');
    expect(await scheduler.run()).toEqual({ renewed: 0, terminated: 0 });

    clock.set('2026-02-15T09:01:00.000Z');
    expect(await scheduler.run()).toEqual({ renewed: 1, terminated: 3 });
    expect(await get(renewing.id)).toMatchObject({
      status: 'active',
      periodNumber: 2,
      currentPeriod: { startDateTime: '2026-02-15T09:00:00.000Z', endDateTime: '2026-03-15T09:00:00.000Z' },
    });
    expect(await periods(renewing.id)).toEqual([
      [1, '2026-01-15T09:00:00.000Z', '2026-02-15T09:00:00.000Z'],
      [2, '2026-02-15T09:00:00.000Z', '2026-03-15T09:00:00.000Z'],
    ]);
    const renewEvents = (await productEvents(t, renewing.id)).filter((e) => e.type === 'ProductRenewEvent');
    expect(renewEvents).toHaveLength(1);
    expect(renewEvents[0].body).toMatchObject({
      periodNumber: 2,
      currentPeriod: { startDateTime: '2026-02-15T09:00:00.000Z', endDateTime: '2026-03-15T09:00:00.000Z' },
      productPrice: [{ price: { taxIncludedAmount: { unit: 'EUR', value: 29.99 } } }],
      billingAccount: { '@referredType': 'BillingAccount' },
      relatedParty: [{ id: customerId, role: 'customer' }],
    });
    for (const ended of [notRenewing, scheduled, withNumber]) {
      expect(await get(ended.id)).toMatchObject({ status: 'terminated', terminationDate: '2026-02-15T09:00:00.000Z' });
      expect((await productEvents(t, ended.id)).map((e) => e.type).slice(-1)).toEqual(['ProductStateChangeEvent']);
    }
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'product', resourceId: scheduled.id });
    expect(history.map((h) => [h.fromState, h.toState, h.actorName])).toEqual([
      ['active', 'pendingTerminate', 'Admin'],
      ['pendingTerminate', 'terminated', 'subscription-renewal'],
    ]);
    expect((await t.db.repository(NumberResource).findOneByOrFail({ id: msisdn.id })).status).toBe('aging');
    expect(await get(suspended.id)).toMatchObject({ status: 'suspended', periodNumber: 1 });

    expect(await scheduler.run()).toEqual({ renewed: 0, terminated: 0 });
    expect(await periods(renewing.id)).toHaveLength(2);

    // Resumed after its period ended: the next run renews it.
    await t.http.post(`${SUBSCRIPTIONS}/${suspended.id}/resume`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(await scheduler.run()).toEqual({ renewed: 1, terminated: 0 });
    expect(await get(suspended.id)).toMatchObject({ status: 'active', periodNumber: 2 });
  });

  it('refuses a second start of a period in the database itself', async () => {
    clock.set('2026-05-01T00:00:00.000Z');
    const sub = await create();
    await expect(
      t.db.repository(SubscriptionPeriod).insert({
        subscriptionId: Number(sub.id),
        periodNumber: 1,
        periodStart: new Date(),
        periodEnd: new Date(),
        amountMinor: 1,
        currency: 'EUR',
        createdAt: new Date(),
      }),
    ).rejects.toThrow();
  });

  it('catches up period by period in one run', async () => {
    clock.set('2026-05-20T00:00:00.000Z');
    const sub = await create();
    clock.advance(95 * 24 * 60 * MINUTE);
    expect((await t.get(SubscriptionRenewal).renewDue()).renewed).toBeGreaterThanOrEqual(3);
    expect((await periods(sub.id)).map((p) => p[0])).toEqual([1, 2, 3, 4]);
    expect(await get(sub.id)).toMatchObject({ periodNumber: 4, currentPeriod: { endDateTime: '2026-09-20T00:00:00.000Z' } });
  });

  it('renews each period once with two instances running at once (leased and direct)', async () => {
    clock.set('2026-06-01T12:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) ids.push((await create()).id);
    // A second server on the same MariaDB database (last: closing it ends the shared connection); SQLite is one process's file, so there the runs race in one.
    const other = t.db.dialect === 'mariadb' ? await createInventoryTestApp({ database: t.database, clock }) : t;
    try {
      // Everything else due by then (earlier tests' subscriptions) renews too: count the periods that started.
      const before = await t.db.repository(SubscriptionPeriod).count();
      clock.set('2026-07-01T12:00:01.000Z');
      const reports = await Promise.all([
        t.get(RenewalScheduler).run(),
        other.get(RenewalScheduler).run(),
        t.get(SubscriptionRenewal).renewDue(),
        other.get(SubscriptionRenewal).renewDue(),
      ]);
      const renewed = reports.reduce((sum, r) => sum + (r?.renewed ?? 0), 0);
      expect(renewed).toBe((await t.db.repository(SubscriptionPeriod).count()) - before);
      expect(renewed).toBeGreaterThanOrEqual(30);
      for (const id of ids) expect((await periods(id)).map((p) => p[0])).toEqual([1, 2]);
      expect(await other.get(SubscriptionRenewal).renewDue()).toEqual({ renewed: 0, terminated: 0 });
    } finally {
      if (other !== t) await other.close();
    }
  });
});
