import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate, newSubscriberLogin } from '@contactly/customers/testing';
import { insertOffering } from '@contactly/catalog/testing';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';
import { customerWithAccount, productEvents, PRODUCTS, type Row, subscribe } from './subscription-fixtures.js';

/** TMF637 products = subscriptions: create, scope, read, patch, delete, events. */
describe('TMF637 product (subscriptions)', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-31T10:00:00.000Z');
  let offering: { offeringId: number; priceIds: number[] };
  let a: Awaited<ReturnType<typeof newAffiliate>>;
  let b: Awaited<ReturnType<typeof newAffiliate>>;

  beforeAll(async () => {
    t = await createInventoryTestApp({ clock });
    offering = await insertOffering(t, {
      name: 'Mobile M',
      prices: [
        { priceType: 'oneTime', amountMinor: 500, name: 'SIM fee' },
        { priceType: 'recurring', recurringPeriod: 'month', amountMinor: 1999, name: 'Monthly fee' },
        { priceType: 'recurring', recurringPeriod: 'year', amountMinor: 19900, name: 'Yearly fee' },
      ],
    });
    a = await newAffiliate(t, ADMIN_AUTH);
    b = await newAffiliate(t, ADMIN_AUTH);
  });
  afterAll(() => t.close());

  it('has entities and migrations that agree on this dialect (no pending schema change)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('creates an active subscription with the first recurring price, its number and a ProductCreateEvent', async () => {
    const { customerId, accountId } = await customerWithAccount(t, a.auth);
    const [msisdn] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    const res = await subscribe(t, a.auth, customerId, offering.offeringId, { realizingResource: [{ id: String(msisdn.id) }] }).expect(201);
    expect(res.headers.location).toBe(res.body.href);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      '@type': 'Product',
      name: 'Mobile M',
      status: 'active',
      isBundle: false,
      startDate: '2026-01-31T10:00:00.000Z',
      terminationDate: null,
      productOffering: { id: String(offering.offeringId), name: 'Mobile M', '@referredType': 'ProductOffering' },
      productPrice: [
        {
          name: 'Monthly fee',
          priceType: 'recurring',
          recurringChargePeriod: 'month',
          price: { taxIncludedAmount: { unit: 'EUR', value: 19.99 } },
          productOfferingPrice: { id: String(offering.priceIds[1]) },
        },
      ],
      billingAccount: { id: accountId, '@referredType': 'BillingAccount' },
      relatedParty: [{ id: customerId, role: 'customer', '@referredType': 'Customer' }],
      realizingResource: [{ id: String(msisdn.id), value: msisdn.value, name: 'msisdn' }],
      autoRenew: true,
      productCharacteristic: [{ name: 'autoRenew', value: 'true' }],
      // Jan 31 + 1 month: the last day of February.
      currentPeriod: { startDateTime: '2026-01-31T10:00:00.000Z', endDateTime: '2026-02-28T10:00:00.000Z' },
      periodNumber: 1,
      cancellation: null,
    });
    expect((await productEvents(t, res.body.id)).map((e) => e.type)).toEqual(['ProductCreateEvent']);
    const yearly = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, {
      productPrice: [{ productOfferingPrice: { id: String(offering.priceIds[2]) } }],
      billingAccount: { id: accountId },
      status: 'created',
      productCharacteristic: [{ name: 'autoRenew', value: 'false' }],
    }).expect(201);
    expect(yearly.body).toMatchObject({ status: 'created', autoRenew: false, currentPeriod: { endDateTime: '2027-01-31T10:00:00.000Z' } });
  });

  it('refuses what cannot be subscribed to, and writes nothing', async () => {
    const { customerId } = await customerWithAccount(t);
    const other = await customerWithAccount(t);
    const before = Number((await t.http.get(PRODUCTS).set('Authorization', ADMIN_AUTH).expect(200)).headers['x-total-count']);
    const notLaunched = await insertOffering(t, { lifecycleStatus: 'inTest' });
    const elsewhere = await insertOffering(t);
    const cases: [Row, number, string][] = [
      [{ productOffering: { id: String(notLaunched.offeringId) } }, 409, 'OFFERING_NOT_SELLABLE'],
      [{ productOffering: { id: '999999' } }, 422, 'PRODUCT_OFFERING_NOT_FOUND'],
      [{ productOffering: { id: 'x1' } }, 422, 'PRODUCT_OFFERING_NOT_FOUND'],
      [{ productPrice: [{ productOfferingPrice: { id: String(elsewhere.priceIds[0]) } }] }, 422, 'PRICE_NOT_OF_OFFERING'],
      [{ productPrice: [{ productOfferingPrice: { id: String(offering.priceIds[0]) } }] }, 422, 'PRICE_NOT_RECURRING'],
      [{ billingAccount: { id: other.accountId } }, 422, 'BILLING_ACCOUNT_NOT_OF_CUSTOMER'],
      [{ relatedParty: [{ id: '999999' }] }, 422, 'CUSTOMER_NOT_FOUND'],
      [{ status: 'terminated' }, 400, 'VALIDATION_FAILED'],
      [{ productCharacteristic: [{ name: 'colour', value: 'red' }] }, 400, 'VALIDATION_FAILED'],
      [{ autoRenew: true, productCharacteristic: [{ name: 'autoRenew', value: 'false' }] }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [extra, status, code] of cases) {
      const res = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, extra);
      expect([JSON.stringify(extra), res.status, res.body.code]).toEqual([JSON.stringify(extra), status, code]);
    }
    // A start far back would have the renewal job bill years of periods; one far ahead overflows dates.
    for (const startDate of ['2000-01-01T00:00:00.000Z', '9999-12-15T00:00:00.000Z']) {
      const res = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { startDate });
      expect([res.status, res.body.details?.[0]?.field]).toEqual([422, 'startDate']);
    }
    // A number that is taken: 409, and the subscription is not created either.
    const [taken] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { realizingResource: [{ id: String(taken.id) }] }).expect(201);
    const second = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { realizingResource: [{ id: String(taken.id) }] });
    expect([second.status, second.body.code]).toEqual([409, 'NUMBER_NOT_AVAILABLE']);
    const after = Number((await t.http.get(PRODUCTS).set('Authorization', ADMIN_AUTH).expect(200)).headers['x-total-count']);
    expect(after).toBe(before + 1);
  });

  it('creates concurrently without duplicates, and replays an Idempotency-Key', async () => {
    const { customerId } = await customerWithAccount(t, a.auth);
    const results = await Promise.all(Array.from({ length: 10 }, () => subscribe(t, a.auth, customerId, offering.offeringId)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(10);
    const keyed = await Promise.all(
      Array.from({ length: 5 }, () => subscribe(t, a.auth, customerId, offering.offeringId).set('Idempotency-Key', `sub-${customerId}`)),
    );
    expect(keyed.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(new Set(keyed.filter((r) => r.status === 201).map((r) => r.body.id)).size).toBe(1);
    const listed = await t.http.get(PRODUCTS).query({ relatedPartyId: customerId }).set('Authorization', a.auth).expect(200);
    expect(listed.headers['x-total-count']).toBe('11');
  });

  it('scopes reads and writes: affiliates their customers, subscribers themselves; others are 404', async () => {
    const mine = await customerWithAccount(t, a.auth);
    const theirs = await customerWithAccount(t, b.auth);
    const sub = (await subscribe(t, a.auth, mine.customerId, offering.offeringId).expect(201)).body as Row;
    const foreign = (await subscribe(t, b.auth, theirs.customerId, offering.offeringId).expect(201)).body as Row;
    // An affiliate cannot subscribe another affiliate's customer.
    expect((await subscribe(t, a.auth, theirs.customerId, offering.offeringId)).status).toBe(422);
    await t.http.get(`${PRODUCTS}/${foreign.id}`).set('Authorization', a.auth).expect(404);
    await t.http.get(`${PRODUCTS}/${sub.id}`).set('Authorization', a.auth).expect(200);
    const aList = (await t.http.get(PRODUCTS).query({ limit: 1000 }).set('Authorization', a.auth).expect(200)).body as Row[];
    expect(aList.map((p) => p.id)).toContain(sub.id);
    expect(aList.map((p) => p.id)).not.toContain(foreign.id);
    const subscriber = await newSubscriberLogin(t, Number(mine.customerId));
    const own = (await t.http.get(PRODUCTS).set('Authorization', subscriber.auth).expect(200)).body as Row[];
    expect(own.map((p) => p.id)).toEqual([sub.id]);
    await t.http.get(`${PRODUCTS}/${foreign.id}`).set('Authorization', subscriber.auth).expect(404);
    await t.http.patch(`${PRODUCTS}/${foreign.id}`).set('Authorization', a.auth).send({ autoRenew: false }).expect(404);
    await t.http.delete(`${PRODUCTS}/${foreign.id}`).set('Authorization', a.auth).expect(404);
    // A number of another affiliate's customer is not there for this affiliate: 404, never a 409 naming it.
    const [held] = await insertNumbers(t, 'msisdn', testMsisdns(1));
    await subscribe(t, b.auth, theirs.customerId, offering.offeringId, { realizingResource: [{ id: String(held.id) }] }).expect(201);
    const probe = await subscribe(t, a.auth, mine.customerId, offering.offeringId, { realizingResource: [{ id: String(held.id) }] });
    expect([probe.status, probe.body.code, JSON.stringify(probe.body).includes(held.value)]).toEqual([404, 'RESOURCE_NOT_FOUND', false]);
    // Subscribers do not create subscriptions themselves (orders will).
    await subscribe(t, subscriber.auth, mine.customerId, offering.offeringId).expect(403);
    await t.http.get(`${PRODUCTS}/abc`).set('Authorization', ADMIN_AUTH).expect(404);
  });

  it('lists with filters, fields and sort', async () => {
    const { customerId } = await customerWithAccount(t);
    await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { name: 'Zeta line', autoRenew: false }).expect(201);
    await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { name: 'Alpha line', status: 'pendingActive' }).expect(201);
    const res = await t.http
      .get(PRODUCTS)
      .query({ relatedPartyId: customerId, sort: 'name', fields: 'name,status,autoRenew' })
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(res.body.map((p: Row) => [p.name, p.status, p.autoRenew])).toEqual([
      ['Alpha line', 'pendingActive', true],
      ['Zeta line', 'active', false],
    ]);
    expect(Object.keys(res.body[0]).sort()).toEqual(['@type', 'autoRenew', 'href', 'id', 'name', 'status']);
    const filtered = await t.http
      .get(PRODUCTS)
      .query({ relatedPartyId: customerId, autoRenew: 'false', 'currentPeriodEnd.gt': '2026-02-01T00:00:00.000Z' })
      .set('Authorization', ADMIN_AUTH)
      .expect(200);
    expect(filtered.body.map((p: Row) => p.name)).toEqual(['Zeta line']);
    await t.http.get(PRODUCTS).query({ status: 'sleeping' }).set('Authorization', ADMIN_AUTH).expect(400);
  });

  it('patches name and autoRenew with If-Match (412 when stale), and refuses fixed attributes', async () => {
    const { customerId } = await customerWithAccount(t);
    const created = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId).expect(201);
    const path = `${PRODUCTS}/${created.body.id}`;
    const patched = await t.http
      .patch(path)
      .set('Authorization', ADMIN_AUTH)
      .set('Content-Type', 'application/merge-patch+json')
      .set('If-Match', created.headers.etag)
      .send(JSON.stringify({ autoRenew: false, name: 'My line' }))
      .expect(200);
    expect(patched.body).toMatchObject({
      autoRenew: false,
      name: 'My line',
      productCharacteristic: [{ name: 'autoRenew', value: 'false' }],
    });
    expect(patched.headers.etag).toBe('"2"');
    await t.http.patch(path).set('Authorization', ADMIN_AUTH).set('If-Match', '"1"').send({ autoRenew: true }).expect(412);
    await t.http
      .patch(path)
      .set('Authorization', ADMIN_AUTH)
      .send({ productOffering: { id: '1' } })
      .expect(400);
    await t.http.patch(path).set('Authorization', ADMIN_AUTH).send({ id: '999' }).expect(400);
    const events = (await productEvents(t, created.body.id)).map((e) => e.type);
    expect(events).toEqual(['ProductCreateEvent', 'ProductAttributeValueChangeEvent']);
  });

  it('deletes only what never ran (409 otherwise) with a ProductDeleteEvent', async () => {
    const { customerId } = await customerWithAccount(t);
    const active = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId).expect(201);
    const conflict = await t.http.delete(`${PRODUCTS}/${active.body.id}`).set('Authorization', ADMIN_AUTH).expect(409);
    expect(conflict.body.code).toBe('PRODUCT_NOT_DELETABLE');
    const draft = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { status: 'created' }).expect(201);
    const deletes = await Promise.all(
      Array.from({ length: 5 }, () => t.http.delete(`${PRODUCTS}/${draft.body.id}`).set('Authorization', ADMIN_AUTH)),
    );
    expect(deletes.map((r) => r.status).sort()).toEqual([204, 404, 404, 404, 404]);
    await t.http.get(`${PRODUCTS}/${draft.body.id}`).set('Authorization', ADMIN_AUTH).expect(404);
    expect((await productEvents(t, draft.body.id)).map((e) => e.type)).toEqual(['ProductCreateEvent', 'ProductDeleteEvent']);
  });

  it('keeps the catalog from retiring or deleting what live subscriptions sell (ReferenceHolders)', async () => {
    const { ReferenceHolders, SYSTEM_PRINCIPAL } = await import('@contactly/platform');
    const holders = t.get(ReferenceHolders);
    const refusal = { code: 'PRODUCT_OFFERING_IN_USE', label: 'Offering' };
    await expect(holders.beforeDelete('productOffering', offering.offeringId, refusal, SYSTEM_PRINCIPAL)).rejects.toMatchObject({
      code: 'PRODUCT_OFFERING_IN_USE',
      message: expect.stringContaining('subscription(s)'),
    });
    await expect(holders.beforeDelete('productOfferingPrice', offering.priceIds[1], refusal, SYSTEM_PRINCIPAL)).rejects.toMatchObject({
      code: 'PRODUCT_OFFERING_IN_USE',
    });
    const unused = await insertOffering(t);
    await expect(holders.beforeDelete('productOffering', unused.offeringId, refusal, SYSTEM_PRINCIPAL)).resolves.toBeUndefined();
  });

  it('adds a subscriptions section to the customer overview', async () => {
    const { customerId } = await customerWithAccount(t);
    await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { name: 'Old line', status: 'created' }).expect(201);
    const live = await subscribe(t, ADMIN_AUTH, customerId, offering.offeringId, { autoRenew: false }).expect(201);
    const overview = await t.http.get(`/api/v1/customers/${customerId}/overview`).set('Authorization', ADMIN_AUTH).expect(200);
    expect(overview.body.subscriptions).toEqual({
      live: 2,
      total: 2,
      latest: [
        {
          id: live.body.id,
          name: 'Mobile M',
          status: 'active',
          autoRenew: false,
          currentPeriodEnd: '2026-02-28T10:00:00.000Z',
          terminationDate: null,
        },
        expect.objectContaining({ name: 'Old line', status: 'created' }),
      ],
    });
  });

  it('has a /hub', async () => {
    const hub = await t.http
      .post('/tmf-api/productInventory/v4/hub')
      .set('Authorization', a.auth)
      .send({ callback: 'https://a.example.com/listener' })
      .expect(201);
    await t.http.delete(`/tmf-api/productInventory/v4/hub/${hub.body.id}`).set('Authorization', a.auth).expect(204);
  });
});
