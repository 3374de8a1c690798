import { OutboxEvent } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newAffiliate, newIndividualCustomer, newSubscriberLogin } from '@contactly/customers/testing';
import { NumberResource } from '../src/resource/number-resource.entity.js';
import { insertNumbers, testMsisdns } from '../src/testing/index.js';
import { createInventoryTestApp } from './inventory-test-app.js';

const PATH = '/tmf-api/resourceInventoryManagement/v4/resource';
type View = { id: string; value: string; status: string; resourceType: string; '@type': string; relatedParty: { id: string }[] };

/** TMF639 resources: the list conventions, random pick, who sees which numbers, and the administrator's writes. */
describe('TMF639 resource', () => {
  let t: TestApp;
  let affiliate: { auth: string };
  let otherAffiliate: { auth: string };
  let customerId: string;
  let subscriber: { auth: string };

  beforeAll(async () => {
    t = await createInventoryTestApp();
    affiliate = await newAffiliate(t, ADMIN_AUTH);
    otherAffiliate = await newAffiliate(t, ADMIN_AUTH);
    customerId = (await newIndividualCustomer(t, affiliate.auth)).id;
    subscriber = await newSubscriberLogin(t, Number(customerId));
  });
  afterAll(() => t.close());

  const get = (path: string, auth = ADMIN_AUTH) => t.http.get(path).set('Authorization', auth);

  it('creates a number (201 + Location, ResourceCreateEvent), refuses a malformed or doubled one, also 10 at once', async () => {
    const [value] = testMsisdns(1);
    const created = await t.http
      .post(PATH)
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'msisdn', value: `+${value}`, category: 'gold' })
      .expect(201);
    expect(created.headers.location).toBe(created.body.href);
    expect(created.body).toMatchObject({
      value,
      status: 'available',
      resourceStatus: 'available',
      category: 'gold',
      '@type': 'LogicalResource',
      resourceCharacteristic: [{ name: 'msisdn', value }],
      resourceSpecification: { id: 'msisdn' },
    });
    const events = await t.db.repository(OutboxEvent).findBy({ resourceType: 'resource', resourceId: created.body.id });
    expect(events.map((e) => e.eventType)).toEqual(['ResourceCreateEvent']);
    const again = await t.http.post(PATH).set('Authorization', ADMIN_AUTH).send({ resourceType: 'msisdn', value }).expect(409);
    expect(again.body.code).toBe('NUMBER_ALREADY_IN_POOL');
    const bad = await t.http
      .post(PATH)
      .set('Authorization', ADMIN_AUTH)
      .send({ resourceType: 'iccid', value: '8949100000000000011' })
      .expect(400);
    expect(bad.body.details).toEqual([{ field: 'value', message: expect.stringContaining('Luhn') }]);
    await t.http.post(PATH).set('Authorization', ADMIN_AUTH).send({ resourceType: 'msisdn', value: '0123' }).expect(400);
    await t.http
      .post(PATH)
      .set('Authorization', affiliate.auth)
      .send({ resourceType: 'msisdn', value: testMsisdns(1)[0] })
      .expect(403);
    const [parallel] = testMsisdns(1);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http.post(PATH).set('Authorization', ADMIN_AUTH).send({ resourceType: 'msisdn', value: parallel }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(await t.db.repository(NumberResource).countBy({ value: parallel })).toBe(1);
  });

  it('lists with filters, fields, sort and paging; a pattern matches digits', async () => {
    const values = testMsisdns(5);
    await insertNumbers(t, 'msisdn', values, { pool: 'silver' });
    const res = await get(`${PATH}?category=silver&fields=value,status&sort=-value&limit=3`).expect(200);
    expect(res.headers['x-total-count']).toBe('5');
    expect(res.body.map((r: View) => r.value)).toEqual([...values].reverse().slice(0, 3));
    expect(Object.keys(res.body[0]).sort()).toEqual(['@type', 'href', 'id', 'status', 'value']);
    const tail = values[2].slice(-6);
    const matched = await get(`${PATH}?category=silver&pattern=*${tail}`).expect(200);
    expect(matched.body.map((r: View) => r.value)).toEqual([values[2]]);
    for (const query of [
      'pattern=12a',
      'colour=red',
      'status=lost',
      'random=maybe&resourceType=msisdn&status=available',
      'random=true&status=available',
      'random=true&resourceType=msisdn&status=available&portedIn=true',
    ])
      expect((await get(`${PATH}?${query}`).expect(400)).body.details[0].field).toBeDefined();
    await get(`${PATH}/999999`).expect(404);
    await get(`${PATH}/abc`).expect(404);
  });

  it('picks distinct available numbers of the type at random, differently between calls', async () => {
    await insertNumbers(t, 'msisdn', testMsisdns(200), { pool: 'random' });
    await insertNumbers(t, 'msisdn', testMsisdns(20), { pool: 'random', status: 'assigned' });
    const pick = async () => {
      const res = await get(`${PATH}?resourceType=msisdn&status=available&random=true&limit=5&category=random`, affiliate.auth).expect(200);
      expect(res.body).toHaveLength(5);
      for (const r of res.body as View[]) expect(r).toMatchObject({ resourceType: 'msisdn', status: 'available' });
      const values = (res.body as View[]).map((r) => r.value);
      expect(new Set(values).size).toBe(5);
      return values.sort().join();
    };
    const picks = new Set(await Promise.all(Array.from({ length: 5 }, pick)));
    expect(picks.size).toBeGreaterThan(1);
    const withPattern = await get(`${PATH}?resourceType=msisdn&status=available&random=true&limit=3&pattern=*7*`).expect(200);
    for (const r of withPattern.body as View[]) expect(r.value).toContain('7');
  });

  it('shows affiliates and subscribers the available numbers and their customers’ numbers only', async () => {
    const [free, mine, theirs] = await insertNumbers(t, 'msisdn', testMsisdns(3), { pool: 'scope' });
    const repo = t.db.repository(NumberResource);
    await repo.update({ id: mine.id }, { status: 'assigned', partyId: Number(customerId), subscriptionId: 5 });
    const stranger = await newIndividualCustomer(t, otherAffiliate.auth);
    await repo.update({ id: theirs.id }, { status: 'reserved', partyId: Number(stranger.id) });
    const seen = async (auth: string) =>
      ((await get(`${PATH}?category=scope`, auth).expect(200)).body as View[]).map((r) => r.value).sort();
    expect(await seen(ADMIN_AUTH)).toEqual([free.value, mine.value, theirs.value].sort());
    expect(await seen(affiliate.auth)).toEqual([free.value, mine.value].sort());
    expect(await seen(subscriber.auth)).toEqual([free.value, mine.value].sort());
    expect(await seen(otherAffiliate.auth)).toEqual([free.value, theirs.value].sort());
    await get(`${PATH}/${theirs.id}`, affiliate.auth).expect(404);
    const own = await get(`${PATH}/${mine.id}`, subscriber.auth).expect(200);
    expect(own.body.relatedParty).toEqual([expect.objectContaining({ id: customerId, role: 'user' })]);
  });

  it('patches the pool and porting tags (If-Match) and moves status by the process; deletes only free numbers', async () => {
    const [number, held] = await insertNumbers(t, 'msisdn', testMsisdns(2), { pool: 'patch' });
    const first = await get(`${PATH}/${number.id}`).expect(200);
    const patched = await t.http
      .patch(`${PATH}/${number.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('Content-Type', 'application/merge-patch+json')
      .set('If-Match', first.headers.etag)
      .send({ category: 'gold', donorOperator: 'Telekom' })
      .expect(200);
    expect(patched.body).toMatchObject({ category: 'gold', donorOperator: 'Telekom' });
    await t.http
      .patch(`${PATH}/${number.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', first.headers.etag)
      .send({ category: 'x' })
      .expect(412);
    await t.http.patch(`${PATH}/${number.id}`).set('Authorization', ADMIN_AUTH).send({ value: '4915100000000' }).expect(400);
    await t.http.patch(`${PATH}/${number.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'reserved' }).expect(422);
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .patch(`${PATH}/${number.id}`)
          .set('Authorization', ADMIN_AUTH)
          .send({ category: `pool${i}` }),
      ),
    );
    expect(concurrent.map((r) => r.status)).toEqual(Array(10).fill(200));
    const portedOut = await t.http.patch(`${PATH}/${number.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'portedOut' }).expect(200);
    expect(portedOut.body).toMatchObject({ status: 'portedOut', resourceStatus: 'suspended' });
    const illegal = await t.http.patch(`${PATH}/${number.id}`).set('Authorization', ADMIN_AUTH).send({ status: 'available' }).expect(409);
    expect(illegal.body).toMatchObject({ code: 'INVALID_STATE_TRANSITION', from: 'portedOut', to: 'available' });
    const events = await t.db.repository(OutboxEvent).findBy({ resourceType: 'resource', resourceId: String(number.id) });
    expect(events.map((e) => e.eventType)).toContain('ResourceStateChangeEvent');
    expect(events.map((e) => e.eventType)).toContain('ResourceAttributeValueChangeEvent');
    await t.db.repository(NumberResource).update({ id: held.id }, { status: 'assigned' });
    expect((await t.http.delete(`${PATH}/${held.id}`).set('Authorization', ADMIN_AUTH).expect(409)).body.code).toBe('NUMBER_NOT_AVAILABLE');
    const deletes = await Promise.all(
      Array.from({ length: 5 }, () => t.http.delete(`${PATH}/${number.id}`).set('Authorization', ADMIN_AUTH)),
    );
    expect(deletes.map((r) => r.status).sort()).toEqual([204, 404, 404, 404, 404]);
  });

  it('registers hub listeners for resource events', async () => {
    const hub = await t.http
      .post('/tmf-api/resourceInventoryManagement/v4/hub')
      .set('Authorization', ADMIN_AUTH)
      .send({ callback: 'https://listener.example.com/tmf' })
      .expect(201);
    await t.http.delete(`/tmf-api/resourceInventoryManagement/v4/hub/${hub.body.id}`).set('Authorization', ADMIN_AUTH).expect(204);
  });
});
