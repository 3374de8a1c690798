import { ManualClock, OutboxEvent, StateHistoryEntry, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newIndividualCustomer } from '@contactly/customers/testing';
import { SubscriptionResources } from '../src/product/subscription-resources.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** SubscriptionResources as the subscriptions call it: assign free or reserved-for-them numbers, release to aging. */
describe('Numbers of subscriptions (SubscriptionResources)', () => {
  let t: TestApp;
  let resources: SubscriptionResources;
  let customerId: number;
  let otherId: number;
  const clock = new ManualClock('2026-03-01T10:00:00.000Z');
  const row = (id: number) => t.db.repository(NumberResource).findOneByOrFail({ id });

  beforeAll(async () => {
    t = await createInventoryTestApp({ clock });
    resources = t.get(SubscriptionResources);
    customerId = Number((await newIndividualCustomer(t, ADMIN_AUTH)).id);
    otherId = Number((await newIndividualCustomer(t, ADMIN_AUTH)).id);
  });
  afterAll(() => t.close());

  it('has entities and migrations that agree on this dialect (no pending schema change)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('assigns an available number and one reserved for the customer; records history and state change events', async () => {
    const [free, held] = await insertNumbers(t, 'msisdn', testMsisdns(2));
    await t.db.repository(NumberResource).update({ id: held.id }, { status: 'reserved', partyId: customerId });
    const assigned = await resources.assign(501, customerId, [free.id, held.id], SYSTEM_PRINCIPAL);
    expect(assigned).toEqual([
      { id: free.id, kind: 'msisdn', value: free.value },
      { id: held.id, kind: 'msisdn', value: held.value },
    ]);
    expect(await row(free.id)).toMatchObject({ status: 'assigned', subscriptionId: 501, partyId: customerId });
    expect((await resources.of([501, 502])).get(501)!.map((r) => r.id)).toEqual([free.id, held.id]);
    expect((await resources.of([502])).get(502)).toEqual([]);
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(held.id) });
    expect(history.map((h) => [h.fromState, h.toState])).toEqual([['reserved', 'assigned']]);
    const events = await t.db.repository(OutboxEvent).findBy({ resourceType: 'resource', resourceId: String(free.id) });
    expect(events.map((e) => e.eventType)).toEqual(['ResourceStateChangeEvent']);
    expect(JSON.parse(events[0].payload)).toMatchObject({ resource: { status: 'assigned', '@type': 'LogicalResource' } });
    // Assigning again to the same subscription is a no-op, not a conflict.
    await expect(resources.assign(501, customerId, [free.id], SYSTEM_PRINCIPAL)).resolves.toHaveLength(1);
  });

  it('refuses (409 NUMBER_NOT_AVAILABLE naming it) a number reserved for another, assigned, aging or ported out, and changes nothing', async () => {
    const values = testMsisdns(5);
    const [reserved, assigned, aging, portedOut, free] = await insertNumbers(t, 'msisdn', values);
    const repo = t.db.repository(NumberResource);
    await repo.update({ id: reserved.id }, { status: 'reserved', partyId: otherId });
    await repo.update({ id: assigned.id }, { status: 'assigned', subscriptionId: 900 });
    await repo.update({ id: aging.id }, { status: 'aging' });
    await repo.update({ id: portedOut.id }, { status: 'portedOut' });
    for (const number of [reserved, assigned, aging, portedOut]) {
      await expect(resources.assign(601, customerId, [free.id, number.id], SYSTEM_PRINCIPAL)).rejects.toMatchObject({
        code: 'NUMBER_NOT_AVAILABLE',
        category: 'Conflict',
        message: expect.stringContaining(number.value),
      });
    }
    // The free number of the refused calls was not assigned: each call is all or nothing.
    expect((await row(free.id)).status).toBe('available');
    await expect(resources.assign(601, customerId, [999_999], SYSTEM_PRINCIPAL)).rejects.toMatchObject({ code: 'RESOURCE_NOT_FOUND' });
  });

  it('gives one number to exactly one of 10 concurrent assignments', async () => {
    const [number] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => resources.assign(700 + i, customerId, [number.id], SYSTEM_PRINCIPAL)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected'))
      expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE' });
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(number.id) });
    expect(history).toHaveLength(1);
  });

  it('releases the numbers of an ended subscription to aging for NUMBER_AGING_DAYS (90)', async () => {
    const [a, b] = await insertNumbers(t, 'msisdn', testMsisdns(2));
    await resources.assign(801, customerId, [a.id, b.id], SYSTEM_PRINCIPAL);
    await Promise.all(Array.from({ length: 5 }, () => resources.release(801, SYSTEM_PRINCIPAL)));
    for (const id of [a.id, b.id]) {
      const released = await row(id);
      expect(released).toMatchObject({ status: 'aging', subscriptionId: 801 });
      expect(released.agingUntil!.getTime()).toBe(clock.nowMs() + 90 * DAY_MS);
      const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(id) });
      expect(history.map((h) => h.toState)).toEqual(['assigned', 'aging']);
    }
    expect((await resources.of([801])).get(801)).toEqual([]);
  });
});
