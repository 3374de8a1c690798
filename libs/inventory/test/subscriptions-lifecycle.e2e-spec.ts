import { ManualClock, StateHistoryEntry } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate, newSubscriberLogin } from '@contactly/customers/testing';
import { insertOffering } from '@contactly/catalog/testing';
import { SubscriptionsDemoData } from '../src/product/subscriptions-demo-data.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';
import { customerWithAccount, productEvents, PRODUCTS, type Row, subscribe, SUBSCRIPTIONS } from './subscription-fixtures.js';

/** Cancel (now, at period end, undo), auto-renewal, suspend/resume and the status process, by staff, affiliates and subscribers. */
describe('Subscription lifecycle', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-03-10T08:00:00.000Z');
  let offeringId: number;
  let a: Awaited<ReturnType<typeof newAffiliate>>;

  const create = async (auth = ADMIN_AUTH, extra: Row = {}) => {
    const { customerId } = await customerWithAccount(t, auth);
    return { customerId, ...((await subscribe(t, auth, customerId, offeringId, extra).expect(201)).body as Row & { id: string }) };
  };
  const cancel = (id: string, body: Row, auth = ADMIN_AUTH) =>
    t.http.post(`${SUBSCRIPTIONS}/${id}/cancel`).set('Authorization', auth).send(body);
  const get = async (id: string) => (await t.http.get(`${PRODUCTS}/${id}`).set('Authorization', ADMIN_AUTH).expect(200)).body as Row;

  beforeAll(async () => {
    t = await createInventoryTestApp({ clock });
    offeringId = (await insertOffering(t, { name: 'Mobile S' })).offeringId;
    a = await newAffiliate(t, ADMIN_AUTH);
  });
  afterAll(() => t.close());

  it('seeds demo subscriptions on customers with billing accounts once, through the service', async () => {
    const first = await customerWithAccount(t);
    const second = await customerWithAccount(t);
    const demo = t.get(SubscriptionsDemoData);
    expect(await demo.seed()).toBe(2);
    for (const { customerId } of [first, second]) {
      const listed = await t.http.get(PRODUCTS).query({ relatedPartyId: customerId }).set('Authorization', ADMIN_AUTH).expect(200);
      expect(listed.body).toEqual([
        expect.objectContaining({ status: 'active', productOffering: expect.objectContaining({ name: 'Mobile S' }) }),
      ]);
    }
    expect(await demo.seed()).toBe(0);
  });

  it('cancels now: terminated at once, its number to aging, history and a ProductStateChangeEvent', async () => {
    const [msisdn] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const sub = await create(a.auth, { realizingResource: [{ id: String(msisdn.id) }] });
    const res = await cancel(sub.id, { when: 'now', reason: 'too_expensive' }, a.auth).expect(200);
    expect(res.body).toMatchObject({
      status: 'terminated',
      terminationDate: '2026-03-10T08:00:00.000Z',
      cancellation: { reason: 'too_expensive', comment: null, requestedAt: '2026-03-10T08:00:00.000Z' },
    });
    expect(res.headers.etag).toBe('"2"');
    expect((await t.db.repository(NumberResource).findOneByOrFail({ id: msisdn.id })).status).toBe('aging');
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'product', resourceId: sub.id });
    expect(history.map((h) => [h.fromState, h.toState, h.reason])).toEqual([['active', 'terminated', 'too_expensive']]);
    const events = await productEvents(t, sub.id);
    expect(events.map((e) => e.type)).toEqual(['ProductCreateEvent', 'ProductStateChangeEvent']);
    expect(events[1].body).toMatchObject({ status: 'terminated' });
    const again = await cancel(sub.id, { when: 'now', reason: 'unused' }).expect(409);
    expect(again.body.code).toBe('SUBSCRIPTION_ALREADY_ENDED');
  });

  it('cancels at period end (pendingTerminate with the date) and undoes it until then', async () => {
    const sub = await create();
    const scheduled = await cancel(sub.id, { when: 'periodEnd', reason: 'moving' }).expect(200);
    expect(scheduled.body).toMatchObject({
      status: 'pendingTerminate',
      terminationDate: '2026-04-10T08:00:00.000Z',
      cancellation: { effectiveDate: '2026-04-10T08:00:00.000Z', reason: 'moving' },
    });
    expect((await cancel(sub.id, { when: 'periodEnd', reason: 'moving' }).expect(409)).body.code).toBe('CANCELLATION_ALREADY_SCHEDULED');
    const undone = await t.http.delete(`${SUBSCRIPTIONS}/${sub.id}/cancellation`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(undone.body).toMatchObject({ status: 'active', terminationDate: null, cancellation: null });
    expect((await t.http.delete(`${SUBSCRIPTIONS}/${sub.id}/cancellation`).set('Authorization', ADMIN_AUTH).expect(409)).body.code).toBe(
      'NO_CANCELLATION_SCHEDULED',
    );
    // The same through the TMF PATCH of status.
    await t.http.patch(`${PRODUCTS}/${sub.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'pendingTerminate' }).expect(200);
    expect(
      (await t.http.patch(`${PRODUCTS}/${sub.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'active' }).expect(200)).body.status,
    ).toBe('active');
    const now = await t.http.patch(`${PRODUCTS}/${sub.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'terminated' }).expect(200);
    expect(now.body).toMatchObject({ status: 'terminated', terminationDate: '2026-03-10T08:00:00.000Z' });
    expect((await t.http.delete(`${SUBSCRIPTIONS}/${sub.id}/cancellation`).set('Authorization', ADMIN_AUTH).expect(409)).body.code).toBe(
      'SUBSCRIPTION_ALREADY_ENDED',
    );
  });

  it('refuses a reason outside the list, a missing when, and other without a comment (400 naming the field), changing nothing', async () => {
    const sub = await create();
    for (const [body, field] of [
      [{ when: 'now', reason: 'bored' }, 'reason'],
      [{ reason: 'unused' }, 'when'],
      [{ when: 'tomorrow', reason: 'unused' }, 'when'],
      [{ when: 'now', reason: 'other' }, 'comment'],
    ] as const) {
      const res = await cancel(sub.id, body).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await get(sub.id)).status).toBe('active');
    const other = await cancel(sub.id, { when: 'periodEnd', reason: 'other', comment: 'Found a family plan' }).expect(200);
    expect(other.body.cancellation).toMatchObject({ reason: 'other', comment: 'Found a family plan' });
  });

  it('is consistent when cancelled 10 times at once: one wins, the others hear it ended', async () => {
    const sub = await create();
    const results = await Promise.all(Array.from({ length: 10 }, () => cancel(sub.id, { when: 'now', reason: 'unused' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'SUBSCRIPTION_ALREADY_ENDED')).toBe(true);
    expect((await productEvents(t, sub.id)).filter((e) => e.type === 'ProductStateChangeEvent')).toHaveLength(1);
    const scheduled = await create();
    const schedules = await Promise.all(Array.from({ length: 10 }, () => cancel(scheduled.id, { when: 'periodEnd', reason: 'unused' })));
    expect(schedules.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
  });

  it('switches auto-renewal with If-Match (412 when stale), also concurrently without lost updates', async () => {
    const sub = await create();
    const read = await t.http.get(`${PRODUCTS}/${sub.id}`).set('Authorization', ADMIN_AUTH).expect(200);
    const off = await t.http
      .patch(`${SUBSCRIPTIONS}/${sub.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', read.headers.etag)
      .send({ autoRenew: false })
      .expect(200);
    expect(off.body.autoRenew).toBe(false);
    const stale = await t.http
      .patch(`${SUBSCRIPTIONS}/${sub.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', read.headers.etag)
      .send({ autoRenew: true })
      .expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    await t.http.patch(`${SUBSCRIPTIONS}/${sub.id}`).set('Authorization', ADMIN_AUTH).send({ autoRenew: 'yes' }).expect(400);
    const racing = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .patch(`${SUBSCRIPTIONS}/${sub.id}`)
          .set('Authorization', ADMIN_AUTH)
          .set('If-Match', off.headers.etag)
          .send({ autoRenew: i % 2 === 0 }),
      ),
    );
    const statuses = racing.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 412)).toBe(true);
    // Only writes that change something move the version: exactly one change can be based on the version read.
    const final = await get(sub.id);
    const changed = racing.filter((r) => r.status === 200 && r.headers.etag !== off.headers.etag);
    expect(changed.length).toBeLessThanOrEqual(1);
    expect(final.autoRenew).toBe(changed.length ? true : false);
  });

  it('suspends and resumes (staff and affiliates only); illegal moves are 409 naming from, to and allowed', async () => {
    const sub = await create(a.auth);
    const suspended = await t.http
      .post(`${SUBSCRIPTIONS}/${sub.id}/suspend`)
      .set('Authorization', a.auth)
      .send({ reason: 'Unpaid' })
      .expect(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', suspendedAt: '2026-03-10T08:00:00.000Z' });
    const twice = await Promise.all(
      Array.from({ length: 5 }, () => t.http.post(`${SUBSCRIPTIONS}/${sub.id}/resume`).set('Authorization', a.auth)),
    );
    expect(twice.every((r) => r.status === 200 && r.body.status === 'active')).toBe(true);
    expect((await productEvents(t, sub.id)).map((e) => e.type)).toEqual([
      'ProductCreateEvent',
      'ProductStateChangeEvent',
      'ProductStateChangeEvent',
    ]);
    const draft = await create(ADMIN_AUTH, { status: 'created' });
    const illegal = await t.http.post(`${SUBSCRIPTIONS}/${draft.id}/suspend`).set('Authorization', ADMIN_AUTH).send({}).expect(409);
    expect(illegal.body).toMatchObject({ code: 'INVALID_STATE_TRANSITION', from: 'created', to: 'suspended' });
    expect(illegal.body.allowed).toEqual(['pendingActive', 'active', 'cancelled', 'aborted']);
    const ended = await create();
    await cancel(ended.id, { when: 'now', reason: 'unused' }).expect(200);
    const back = await t.http.patch(`${PRODUCTS}/${ended.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'active' }).expect(409);
    expect(back.body).toMatchObject({ code: 'INVALID_STATE_TRANSITION', from: 'terminated', to: 'active', allowed: [] });
    await t.http.patch(`${PRODUCTS}/${draft.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'pendingActive' }).expect(200);
    // Activated two months after it was created: its term starts at activation, not at creation.
    clock.advance(60 * 86_400_000);
    const activated = await t.http.patch(`${PRODUCTS}/${draft.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'active' }).expect(200);
    expect(activated.body.startDate).toBe(clock.now().toISOString());
    expect(activated.body.currentPeriod.startDateTime).toBe(clock.now().toISOString());
    expect(Date.parse(activated.body.currentPeriod.endDateTime)).toBeGreaterThan(clock.nowMs() + 27 * 86_400_000);
  });

  it('lets subscribers cancel, undo and switch renewal on their own subscriptions only (404 for others, 403 to suspend)', async () => {
    const mine = await create(a.auth);
    const theirs = await create(a.auth);
    const subscriber = await newSubscriberLogin(t, Number(mine.customerId));
    await t.http.patch(`${SUBSCRIPTIONS}/${mine.id}`).set('Authorization', subscriber.auth).send({ autoRenew: false }).expect(200);
    await cancel(mine.id, { when: 'periodEnd', reason: 'switched_service' }, subscriber.auth).expect(200);
    await t.http.delete(`${SUBSCRIPTIONS}/${mine.id}/cancellation`).set('Authorization', subscriber.auth).expect(200);
    await t.http.post(`${SUBSCRIPTIONS}/${mine.id}/suspend`).set('Authorization', subscriber.auth).send({}).expect(403);
    await t.http.patch(`${PRODUCTS}/${mine.id}`).set('Authorization', subscriber.auth).send({ status: 'suspended' }).expect(403);
    expect((await cancel(theirs.id, { when: 'now', reason: 'unused' }, subscriber.auth)).status).toBe(404);
    await t.http.patch(`${SUBSCRIPTIONS}/${theirs.id}`).set('Authorization', subscriber.auth).send({ autoRenew: false }).expect(404);
    expect((await get(theirs.id)).status).toBe('active');
    // A subscription suspended by the operator stays suspended when the subscriber schedules and undoes a cancellation.
    await t.http.post(`${SUBSCRIPTIONS}/${mine.id}/suspend`).set('Authorization', a.auth).send({}).expect(200);
    await cancel(mine.id, { when: 'periodEnd', reason: 'unused' }, subscriber.auth).expect(200);
    await t.http.patch(`${PRODUCTS}/${mine.id}`).set('Authorization', subscriber.auth).send({ status: 'active' }).expect(403);
    const undone = await t.http.delete(`${SUBSCRIPTIONS}/${mine.id}/cancellation`).set('Authorization', subscriber.auth).expect(200);
    expect(undone.body.status).toBe('suspended');
  });
});
