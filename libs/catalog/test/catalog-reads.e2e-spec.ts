import { ManualClock } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newUser } from '@contactly/identity/testing';
import { createCatalogTestApp } from './catalog-test-app.js';
import { eventsOf, newLaunchedOffering, newPrice, PATHS, post, type Row, unique } from './catalog-api.js';

/** What shops and partners rely on: list conventions, conditional reads (ETag, Last-Modified, 304), who may read and write. */
describe('TMF620 reads and access', () => {
  let t: TestApp;
  const clock = new ManualClock('2026-05-04T10:00:00.000Z');
  beforeAll(async () => {
    t = await createCatalogTestApp({ clock });
  });
  afterAll(() => t.close());

  const get = (path: string, auth = ADMIN_AUTH) => t.http.get(path).set('Authorization', auth);

  describe('lists', () => {
    it('filters on first-level attributes, selects fields, sorts and pages with the count headers', async () => {
      const brand = unique('Brand');
      const names = ['C plan', 'A plan', 'B plan'].map((n) => `${brand} ${n}`);
      const spec = await post(t, PATHS.productSpecification, { name: unique('Spec'), brand });
      for (const name of names)
        await post(t, PATHS.productOffering, { name, lifecycleStatus: 'inDesign', productSpecification: { id: spec.id } });
      const bySpec = await get(`${PATHS.productSpecification}?brand=${encodeURIComponent(brand)}`).expect(200);
      expect(bySpec.body.map((s: Row) => s.id)).toEqual([spec.id]);
      const page = await get(`${PATHS.productOffering}?lifecycleStatus=inDesign&sort=name&fields=name,productSpecification&limit=2`).expect(
        200,
      );
      expect(page.headers['x-total-count']).toBe('3');
      expect(page.headers['x-result-count']).toBe('2');
      expect(page.body).toEqual([
        {
          id: expect.any(String),
          href: expect.any(String),
          name: names[1],
          productSpecification: expect.objectContaining({ id: spec.id }),
          '@type': 'ProductOffering',
        },
        {
          id: expect.any(String),
          href: expect.any(String),
          name: names[2],
          productSpecification: expect.objectContaining({ id: spec.id }),
          '@type': 'ProductOffering',
        },
      ]);
      const last = await get(`${PATHS.productOffering}?lifecycleStatus=inDesign&sort=-name&offset=2`).expect(200);
      expect(last.body.map((o: Row) => o.name)).toEqual([names[1]]);
      for (const filter of [
        'isBundle=false',
        'isSellable=true',
        `name=${encodeURIComponent(names[0])}`,
        'lastUpdate.gte=2026-01-01T00:00:00.000Z',
        'version=1.0',
      ])
        await get(`${PATHS.productOffering}?${filter}`).expect(200);
      const prices = await get(
        `${PATHS.productOfferingPrice}?priceType=recurring&recurringChargePeriodType=month&recurringChargePeriodLength=1`,
      ).expect(200);
      expect(Array.isArray(prices.body)).toBe(true);
      await get(`${PATHS.productOffering}?unknownAttribute=1`).expect(400);
      await get(`${PATHS.category}?isRoot=true&parentId=1`).expect(200);
      await get(`${PATHS.catalog}?catalogType=consumer`).expect(200);
    });
  });

  describe('conditional reads', () => {
    it('gives one offering an ETag and Last-Modified, answers 304, and changes both after a write or a link change', async () => {
      const { offering } = await newLaunchedOffering(t);
      const path = `${PATHS.productOffering}/${offering.id}`;
      const first = await get(path).expect(200);
      expect(first.headers.etag).toBe('"1"');
      expect(first.headers['last-modified']).toBe(new Date(offering.lastUpdate as string).toUTCString());
      const notModified = await get(path).set('If-None-Match', first.headers.etag).expect(304);
      expect(notModified.text).toBe('');
      await get(path).set('If-None-Match', `W/${first.headers.etag}`).expect(304);
      await get(path).set('If-None-Match', '"7", "1"').expect(304);
      await get(path).set('If-Modified-Since', first.headers['last-modified']).expect(304);
      await get(path).set('If-None-Match', '"99"').expect(200);
      await get(path)
        .set('If-Modified-Since', new Date(Date.parse(first.headers['last-modified']) - 1000).toUTCString())
        .expect(200);
      clock.advance(5_000);
      // A link change (another price) is a change of the offering.
      const extra = await newPrice(t);
      await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .send({ productOfferingPrice: [{ id: extra.id }] })
        .expect(200);
      const after = await get(path)
        .set('If-None-Match', first.headers.etag)
        .set('If-Modified-Since', first.headers['last-modified'])
        .expect(200);
      expect(after.headers.etag).toBe('"2"');
      expect(Date.parse(after.headers['last-modified'])).toBeGreaterThan(Date.parse(first.headers['last-modified']));
      // Being put into a category too.
      clock.advance(5_000);
      await post(t, PATHS.category, { name: unique('Cat'), productOffering: [{ id: offering.id }] });
      expect((await get(path).expect(200)).headers.etag).toBe('"3"');
    });

    it('gives a list a strong ETag (no Last-Modified), 304 until something in it changes or leaves it', async () => {
      const name = unique('Listed');
      const price = await newPrice(t, { name });
      const path = `${PATHS.productOfferingPrice}?name=${encodeURIComponent(name)}`;
      const first = await get(path).expect(200);
      expect(first.headers.etag).toMatch(/^"[\w-]{20,}"$/);
      // The newest change of the rows shown cannot tell that a row left the list: no Last-Modified, If-Modified-Since is not honoured.
      expect(first.headers['last-modified']).toBeUndefined();
      await get(path).set('If-None-Match', first.headers.etag).expect(304);
      await get(path)
        .set('If-Modified-Since', new Date(Date.now() + 60_000).toUTCString())
        .expect(200);
      // Another selection of the same rows is another representation.
      expect((await get(`${path}&fields=name`).expect(200)).headers.etag).not.toBe(first.headers.etag);
      clock.advance(2_000);
      await t.http
        .patch(`${PATHS.productOfferingPrice}/${price.id}`)
        .set('Authorization', ADMIN_AUTH)
        .send({ description: 'changed' })
        .expect(200);
      const changed = await get(path).set('If-None-Match', first.headers.etag).expect(200);
      expect(changed.headers.etag).not.toBe(first.headers.etag);
      // A row that leaves the list changes its ETag too.
      await t.http.delete(`${PATHS.productOfferingPrice}/${price.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      const emptied = await get(path).set('If-None-Match', changed.headers.etag).expect(200);
      expect(emptied.body).toEqual([]);
    });
  });

  describe('writes', () => {
    it('takes a merge patch in both content types and refuses a stale If-Match (412) changing nothing', async () => {
      const price = await newPrice(t);
      const path = `${PATHS.productOfferingPrice}/${price.id}`;
      await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/json')
        .send({ description: 'one' })
        .expect(200);
      const merged = await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .set('Content-Type', 'application/merge-patch+json')
        .set('If-Match', '"2"')
        .send(JSON.stringify({ description: 'two' }))
        .expect(200);
      expect(merged.body.description).toBe('two');
      const stale = await t.http
        .patch(path)
        .set('Authorization', ADMIN_AUTH)
        .set('If-Match', '"2"')
        .send({ description: 'three' })
        .expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      expect((await get(path).expect(200)).body.description).toBe('two');
      await t.http.patch(path).set('Authorization', ADMIN_AUTH).send({ id: '1234567' }).expect(400);
    });

    it('creates 10 offerings at once and applies 10 concurrent patches of one without losing any', async () => {
      const { spec, price } = await newLaunchedOffering(t);
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.http
            .post(PATHS.productOffering)
            .set('Authorization', ADMIN_AUTH)
            .send({ name: `Concurrent ${i}`, productSpecification: { id: spec.id }, productOfferingPrice: [{ id: price.id }] }),
        ),
      );
      expect(created.map((r) => r.status)).toEqual(Array(10).fill(201));
      expect(new Set(created.map((r) => r.body.id)).size).toBe(10);
      const target = created[0].body as Row;
      const prices = await Promise.all(Array.from({ length: 10 }, () => newPrice(t)));
      const patched = await Promise.all(
        prices.map((p, i) =>
          t.http
            .patch(`${PATHS.productOffering}/${target.id}`)
            .set('Authorization', ADMIN_AUTH)
            .send(i % 2 ? { description: `d${i}` } : { productOfferingPrice: [{ id: p.id }] }),
        ),
      );
      expect(patched.map((r) => r.status)).toEqual(Array(10).fill(200));
      const final = await get(`${PATHS.productOffering}/${target.id}`).expect(200);
      // Every patch that changed something made a version (none lost): the creation's plus one each.
      expect(final.headers.etag).toBe(`"${1 + 10}"`);
      expect(await eventsOf(t, 'productOffering', target.id)).toEqual([
        'ProductOfferingCreateEvent',
        ...Array(10).fill('ProductOfferingAttributeValueChangeEvent'),
      ]);
    });

    it('puts one offering into 10 categories created at once: every link kept, a version for each', async () => {
      const { offering } = await newLaunchedOffering(t);
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.http
            .post(PATHS.category)
            .set('Authorization', ADMIN_AUTH)
            .send({ name: `Parallel ${i}`, productOffering: [{ id: offering.id }] }),
        ),
      );
      expect(created.map((r) => r.status)).toEqual(Array(10).fill(201));
      const read = await get(`${PATHS.productOffering}/${offering.id}`).expect(200);
      expect(read.body.category).toHaveLength(10);
      expect(read.headers.etag).toBe('"11"');
      // And the other way round: 10 offerings created at once into one category.
      const category = created[0].body as Row;
      const offerings = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.http
            .post(PATHS.productOffering)
            .set('Authorization', ADMIN_AUTH)
            .send({ name: `Into ${i}`, category: [{ id: category.id }] }),
        ),
      );
      expect(offerings.map((r) => r.status)).toEqual(Array(10).fill(201));
      const listed = await get(`${PATHS.category}/${category.id}`).expect(200);
      expect(listed.body.productOffering).toHaveLength(11);
      expect(listed.headers.etag).toBe('"11"');
    });

    it('deletes a price once for 10 concurrent deletes (204 once, 404 after) and patches 10 prices at once', async () => {
      const price = await newPrice(t);
      const deletes = await Promise.all(
        Array.from({ length: 10 }, () => t.http.delete(`${PATHS.productOfferingPrice}/${price.id}`).set('Authorization', ADMIN_AUTH)),
      );
      expect(deletes.map((r) => r.status).sort()).toEqual([204, ...Array(9).fill(404)]);
      const prices = await Promise.all(Array.from({ length: 10 }, () => newPrice(t)));
      const moved = await Promise.all(
        prices.map((p) =>
          t.http.patch(`${PATHS.productOfferingPrice}/${p.id}`).set('Authorization', ADMIN_AUTH).send({ lifecycleStatus: 'inDesign' }),
        ),
      );
      expect(moved.map((r) => [r.status, r.body.lifecycleStatus])).toEqual(Array(10).fill([200, 'inDesign']));
    });

    it('creates one offering once for 10 concurrent posts with the same Idempotency-Key', async () => {
      const name = unique('Idem');
      const key = `key-${Date.now()}`;
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http.post(PATHS.productOffering).set('Authorization', ADMIN_AUTH).set('Idempotency-Key', key).send({ name }),
        ),
      );
      expect(responses.map((r) => [r.status, r.body.code]).filter(([s]) => s !== 201 && s !== 409)).toEqual([]);
      expect(
        Number((await get(`${PATHS.productOffering}?name=${encodeURIComponent(name)}&limit=0`).expect(200)).headers['x-total-count']),
      ).toBe(1);
    });
  });

  describe('access', () => {
    it('lets agents, affiliates and subscribers read, and only staff with catalog:write write (403)', async () => {
      const { offering } = await newLaunchedOffering(t);
      const affiliateAdmin = (
        await t.http
          .post('/api/v1/affiliates')
          .set('Authorization', ADMIN_AUTH)
          .send({ name: unique('Partner'), code: `p-${Date.now()}` })
          .expect(201)
      ).body as { id: number };
      const readers = {
        agent: await newUser(t, { roles: ['agent'] }),
        affiliate: await newUser(t, { roles: ['affiliate'], kind: 'affiliate', affiliateId: affiliateAdmin.id }),
        customer: await newUser(t, { roles: ['customer'], kind: 'customer' }),
      };
      for (const [who, user] of Object.entries(readers)) {
        expect([who, (await get(`${PATHS.productOffering}/${offering.id}`, user.auth)).status]).toEqual([who, 200]);
        expect([who, (await get(PATHS.category, user.auth)).status]).toEqual([who, 200]);
        const write = await t.http
          .post(PATHS.productOfferingPrice)
          .set('Authorization', user.auth)
          .send({ name: 'x', priceType: 'oneTime', price: { unit: 'EUR', value: 1 } });
        expect([who, write.status]).toEqual([who, 403]);
        const change = await t.http
          .patch(`${PATHS.productOffering}/${offering.id}`)
          .set('Authorization', user.auth)
          .send({ name: 'hacked' });
        expect([who, change.status]).toEqual([who, 403]);
        expect([who, (await t.http.delete(`${PATHS.productOffering}/${offering.id}`).set('Authorization', user.auth)).status]).toEqual([
          who,
          403,
        ]);
      }
      expect((await get(`${PATHS.productOffering}/${offering.id}`).expect(200)).body.name).toBe(offering.name);
      await t.http.get(PATHS.productOffering).expect(401);
    });
  });
});
