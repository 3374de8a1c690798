import { OutboxEvent, StateHistoryEntry } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate, newIndividualCustomer, newSubscriberLogin } from '@contactly/customers/testing';
import { NumberReservation } from '../src/reservation/number-reservation.entity.js';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';

const PATH = '/api/v1/numbers/reservations';

/** Atomic reservations: one winner per number, "any matching", scope, idempotency and release. */
describe('Number reservations', () => {
  let t: TestApp;
  let affiliate: { auth: string };
  let otherAffiliate: { auth: string };
  let customerId: string;
  let strangerId: string;
  let subscriber: { auth: string };

  beforeAll(async () => {
    t = await createInventoryTestApp();
    affiliate = await newAffiliate(t, ADMIN_AUTH);
    otherAffiliate = await newAffiliate(t, ADMIN_AUTH);
    customerId = (await newIndividualCustomer(t, affiliate.auth)).id;
    strangerId = (await newIndividualCustomer(t, otherAffiliate.auth)).id;
    subscriber = await newSubscriberLogin(t, Number(customerId));
  });
  afterAll(() => t.close());

  const reserve = (body: object, auth = affiliate.auth) => t.http.post(PATH).set('Authorization', auth).send(body);

  it('reserves a given number for a customer (201, history, events) and refuses it when reserved, assigned, aging or ported out', async () => {
    const [free, assigned, aging, portedOut] = await insertNumbers(t, 'msisdn', testMsisdns(4));
    const res = await reserve({ resourceType: 'msisdn', value: free.value, customer: { id: customerId }, expiresInMinutes: 10 }).expect(
      201,
    );
    expect(res.headers.location).toBe(res.body.href);
    expect(res.body).toMatchObject({ resourceId: String(free.id), value: free.value, customer: { id: customerId }, status: 'active' });
    expect(await t.db.repository(NumberResource).findOneByOrFail({ id: free.id })).toMatchObject({
      status: 'reserved',
      partyId: Number(customerId),
    });
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(free.id) });
    expect(history.map((h) => [h.fromState, h.toState])).toEqual([['available', 'reserved']]);
    const events = await t.db.repository(OutboxEvent).findBy({ resourceId: String(free.id), resourceType: 'resource' });
    expect(events.map((e) => e.eventType)).toEqual(['ResourceStateChangeEvent']);
    const created = await t.db.repository(OutboxEvent).findBy({ resourceType: 'numberReservation', resourceId: res.body.id });
    expect(created.map((e) => e.eventType)).toEqual(['NumberReservationCreateEvent']);
    const repo = t.db.repository(NumberResource);
    await repo.update({ id: assigned.id }, { status: 'assigned' });
    await repo.update({ id: aging.id }, { status: 'aging' });
    await repo.update({ id: portedOut.id }, { status: 'portedOut' });
    for (const number of [free, assigned, aging, portedOut]) {
      const refused = await reserve({ resourceType: 'msisdn', value: number.value, customer: { id: customerId } }).expect(409);
      expect(refused.body).toMatchObject({ code: 'NUMBER_NOT_AVAILABLE', value: number.value });
    }
    expect(await t.db.repository(NumberReservation).countBy({ resourceId: assigned.id })).toBe(0);
  });

  it('gives one number to exactly one of 50 concurrent claims', async () => {
    const [number] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => reserve({ resourceType: 'msisdn', value: number.value, customer: { id: customerId } })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    for (const a of answers.filter((a) => a.status === 409)) expect(a.body.code).toBe('NUMBER_NOT_AVAILABLE');
    expect(await t.db.repository(NumberReservation).countBy({ resourceId: number.id })).toBe(1);
  });

  it('reserves any matching number: concurrent claims never get the same one, none left is 409 NO_NUMBER_AVAILABLE', async () => {
    const values = testMsisdns(15);
    await insertNumbers(t, 'msisdn', values, { pool: 'any' });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => reserve({ resourceType: 'msisdn', pool: 'any', cartId: 'cart-any' })),
    );
    const won = answers.filter((a) => a.status === 201).map((a) => a.body.value as string);
    expect(won).toHaveLength(15);
    expect(new Set(won).size).toBe(15);
    for (const a of answers.filter((a) => a.status !== 201)) expect(a.body.code).toBe('NO_NUMBER_AVAILABLE');
    const patterned = [0, 1, 2].map((i) => `49177000${i}0999`);
    await insertNumbers(t, 'msisdn', patterned, { pool: 'pattern' });
    const res = await reserve({ resourceType: 'msisdn', pattern: '*999', pool: 'pattern', customer: { id: customerId } }).expect(201);
    expect(patterned).toContain(res.body.value);
    expect((await reserve({ resourceType: 'msisdn', pattern: '*999', pool: 'nowhere', cartId: 'c' }).expect(409)).body.code).toBe(
      'NO_NUMBER_AVAILABLE',
    );
  });

  it('refuses bad input clearly and writes nothing', async () => {
    const [number] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const cases: [object, number, string][] = [
      [{ resourceType: 'msisdn', value: number.value }, 400, 'customer'],
      [{ resourceType: 'msisdn', value: '12', customer: { id: customerId } }, 400, 'value'],
      [{ resourceType: 'msisdn', value: number.value, pattern: '*1*', customer: { id: customerId } }, 400, 'pattern'],
      [{ resourceType: 'msisdn', pattern: '*x*', customer: { id: customerId } }, 400, 'pattern'],
      [{ resourceType: 'fax', customer: { id: customerId } }, 400, 'resourceType'],
      [{ resourceType: 'msisdn', value: number.value, customer: { id: strangerId } }, 422, 'customer.id'],
      [{ resourceType: 'msisdn', value: number.value, customer: { id: customerId }, expiresInMinutes: 0 }, 400, 'expiresInMinutes'],
    ];
    for (const [body, status, field] of cases) {
      const res = await reserve(body).expect(status);
      expect(res.body.details?.[0]?.field ?? res.body.message).toContain(field);
    }
    expect((await reserve({ resourceType: 'msisdn', value: '4999999999999', cartId: 'c' }).expect(404)).body.code).toBe(
      'RESOURCE_NOT_FOUND',
    );
    expect(await t.db.repository(NumberResource).findOneByOrFail({ id: number.id })).toMatchObject({ status: 'available' });
  });

  it('honours an Idempotency-Key: the same key replays the first reservation', async () => {
    const [number] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const body = { resourceType: 'msisdn', value: number.value, customer: { id: customerId } };
    const first = await t.http.post(PATH).set('Authorization', affiliate.auth).set('Idempotency-Key', 'k-1').send(body).expect(201);
    const again = await t.http.post(PATH).set('Authorization', affiliate.auth).set('Idempotency-Key', 'k-1').send(body).expect(201);
    expect(again.body.id).toBe(first.body.id);
    await t.http
      .post(PATH)
      .set('Authorization', affiliate.auth)
      .set('Idempotency-Key', 'k-1')
      .send({ ...body, cartId: 'other' })
      .expect(422);
  });

  it('scopes reservations: the customer’s scope, or the affiliate that made a cart’s; another affiliate reads 404', async () => {
    const [forCustomer, forCart] = await insertNumbers(t, 'msisdn', testMsisdns(2));
    const mine = (await reserve({ resourceType: 'msisdn', value: forCustomer.value, customer: { id: customerId } }).expect(201)).body;
    const cart = (await reserve({ resourceType: 'msisdn', value: forCart.value, cartId: 'cart-scope' }).expect(201)).body;
    for (const id of [mine.id, cart.id]) {
      await t.http.get(`${PATH}/${id}`).set('Authorization', affiliate.auth).expect(200);
      await t.http.get(`${PATH}/${id}`).set('Authorization', otherAffiliate.auth).expect(404);
      await t.http.delete(`${PATH}/${id}`).set('Authorization', otherAffiliate.auth).expect(404);
      await t.http.get(`${PATH}/${id}`).set('Authorization', ADMIN_AUTH).expect(200);
    }
    await t.http.get(`${PATH}/${mine.id}`).set('Authorization', subscriber.auth).expect(200);
    await t.http.get(`${PATH}/${cart.id}`).set('Authorization', subscriber.auth).expect(404);
    const listed = await t.http.get(`${PATH}?status=active`).set('Authorization', otherAffiliate.auth).expect(200);
    expect(listed.body.map((r: { id: string }) => r.id)).not.toContain(mine.id);
    // A subscriber's cart reservation is still theirs: they see it and release it (a number held for nobody would be lost).
    const [cartNumber] = testMsisdns(1);
    await insertNumbers(t, 'msisdn', [cartNumber]);
    const held = (
      await reserve({ resourceType: 'msisdn', value: cartNumber, cartId: 'my-cart', expiresInMinutes: 43_200 }, subscriber.auth).expect(201)
    ).body as { id: string; expiresAt: string; createdAt?: string };
    await t.http.get(`${PATH}/${held.id}`).set('Authorization', subscriber.auth).expect(200);
    // …and held no longer than the default 30 minutes, whatever they ask.
    expect(Date.parse(held.expiresAt) - Date.now()).toBeLessThanOrEqual(31 * 60_000);
    await t.http.delete(`${PATH}/${held.id}`).set('Authorization', subscriber.auth).expect(204);
    // A subscriber reserves for themself.
    const [own] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const self = await reserve({ resourceType: 'msisdn', value: own.value }, subscriber.auth).expect(201);
    expect(self.body.customer).toEqual({ id: customerId });
    await reserve({ resourceType: 'msisdn', value: testMsisdns(1)[0], customer: { id: strangerId } }, subscriber.auth).expect(422);
  });

  it('releases a reservation (its number is available again), also 10 times at once', async () => {
    const [number] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const res = (await reserve({ resourceType: 'msisdn', value: number.value, customer: { id: customerId } }).expect(201)).body;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => t.http.delete(`${PATH}/${res.id}`).set('Authorization', affiliate.auth)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(204));
    expect(await t.db.repository(NumberResource).findOneByOrFail({ id: number.id })).toMatchObject({ status: 'available', partyId: null });
    const after = await t.http.get(`${PATH}/${res.id}`).set('Authorization', affiliate.auth).expect(200);
    expect(after.body.status).toBe('released');
    const history = await t.db.repository(StateHistoryEntry).findBy({ process: 'resource', resourceId: String(number.id) });
    expect(history.map((h) => h.toState)).toEqual(['reserved', 'available']);
    await reserve({ resourceType: 'msisdn', value: number.value, cartId: 'again' }).expect(201);
  });
});
