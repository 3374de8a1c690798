import { ReferenceHolders, StateHistoryRepository } from '@contactly/platform';
import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCatalogTestApp } from './catalog-test-app.js';
import { eventsOf, newLaunchedOffering, newPrice, newSpecification, PATHS, post, unique } from './catalog-api.js';

/** The catalog's rules over HTTP: the lifecycle process, references (422), what is in use (409), unknown ids (404). */
describe('TMF620 catalog rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCatalogTestApp();
  });
  afterAll(() => t.close());

  const patch = (path: string, body: object) => t.http.patch(path).set('Authorization', ADMIN_AUTH).send(body);
  const offeringCount = async () =>
    Number((await t.http.get(`${PATHS.productOffering}?limit=0`).set('Authorization', ADMIN_AUTH).expect(200)).headers['x-total-count']);

  describe('lifecycle', () => {
    it('moves an offering forward and back, recording history and StateChangeEvents', async () => {
      const offering = await post(t, PATHS.productOffering, { name: unique('Plan') });
      const path = `${PATHS.productOffering}/${offering.id}`;
      for (const status of ['inDesign', 'inTest', 'inDesign', 'inTest', 'active', 'launched', 'retired', 'launched', 'retired', 'obsolete'])
        expect((await patch(path, { lifecycleStatus: status }).expect(200)).body.lifecycleStatus).toBe(status);
      const history = await t.get(StateHistoryRepository).historyOf('productOffering', offering.id);
      expect(history.map((h) => h.toState)).toEqual([
        'inDesign',
        'inTest',
        'inDesign',
        'inTest',
        'active',
        'launched',
        'retired',
        'launched',
        'retired',
        'obsolete',
      ]);
      const events = await eventsOf(t, 'productOffering', offering.id);
      expect(events[0]).toBe('ProductOfferingCreateEvent');
      expect(events.slice(1)).toEqual(Array(10).fill('ProductOfferingStateChangeEvent'));
      const stuck = await patch(path, { lifecycleStatus: 'launched' }).expect(409);
      expect(stuck.body).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
      expect(stuck.body.message).toEqual(expect.stringContaining('obsolete'));
    });

    it('refuses an illegal move with 409 naming from, to and allowed, changing nothing', async () => {
      const spec = await newSpecification(t);
      const response = await patch(`${PATHS.productSpecification}/${spec.id}`, { lifecycleStatus: 'launched', name: 'Renamed' }).expect(
        409,
      );
      expect(response.body.code).toBe('INVALID_STATE_TRANSITION');
      expect(response.body.message).toEqual(expect.stringMatching(/inStudy.*launched/));
      expect(JSON.stringify(response.body)).toContain('inDesign');
      const read = await t.http.get(`${PATHS.productSpecification}/${spec.id}`).set('Authorization', ADMIN_AUTH).expect(200);
      expect(read.body).toMatchObject({ lifecycleStatus: 'inStudy', name: spec.name });
    });

    it('creates in any status up to launched, never retired (400)', async () => {
      expect((await newPrice(t, { lifecycleStatus: 'active' })).lifecycleStatus).toBe('active');
      const retired = await t.http
        .post(PATHS.productOfferingPrice)
        .set('Authorization', ADMIN_AUTH)
        .send({
          name: 'x',
          priceType: 'oneTime',
          price: { unit: 'EUR', value: 1 },
          lifecycleStatus: 'retired',
        });
      expect(retired.status).toBe(400);
      expect(JSON.stringify(retired.body.details)).toContain('lifecycleStatus');
    });

    it('launches an offering only with a specification and prices still selling (409 naming them)', async () => {
      const retiredPrice = await newPrice(t, { lifecycleStatus: 'launched' });
      await patch(`${PATHS.productOfferingPrice}/${retiredPrice.id}`, { lifecycleStatus: 'retired' }).expect(200);
      const spec = await newSpecification(t, { lifecycleStatus: 'launched' });
      const offering = await post(t, PATHS.productOffering, {
        name: unique('Old'),
        lifecycleStatus: 'active',
        productSpecification: { id: spec.id },
        productOfferingPrice: [{ id: retiredPrice.id }],
      });
      const refused = await patch(`${PATHS.productOffering}/${offering.id}`, { lifecycleStatus: 'launched' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'OFFERING_NOT_LAUNCHABLE' });
      expect(refused.body.message).toContain(`price ${retiredPrice.id}`);
      const direct = await t.http
        .post(PATHS.productOffering)
        .set('Authorization', ADMIN_AUTH)
        .send({
          name: unique('Direct'),
          lifecycleStatus: 'launched',
          productOfferingPrice: [{ id: retiredPrice.id }],
        });
      expect(direct.status).toBe(409);
    });
  });

  describe('references', () => {
    it('refuses references to missing entries with 422 naming the field, writing nothing', async () => {
      const before = await offeringCount();
      const cases: [object, string][] = [
        [{ productSpecification: { id: '999999' } }, 'productSpecification.id'],
        [{ productSpecification: { id: 'abc' } }, 'productSpecification.id'],
        [{ productOfferingPrice: [{ id: '999999' }] }, 'productOfferingPrice.id'],
        [{ bundledProductOffering: [{ id: '999999' }] }, 'bundledProductOffering.id'],
        [{ category: [{ id: '0' }] }, 'category.id'],
      ];
      for (const [body, field] of cases) {
        const response = await t.http
          .post(PATHS.productOffering)
          .set('Authorization', ADMIN_AUTH)
          .send({ name: unique('Ref'), ...body });
        expect(response.status).toBe(422);
        expect(response.body.details).toEqual([expect.objectContaining({ field })]);
      }
      const spec = await newSpecification(t);
      const wrongKind = await patch(`${PATHS.productSpecification}/${spec.id}`, { resourceSpecification: [{ id: 'imei' }] }).expect(422);
      expect(wrongKind.body.details).toEqual([expect.objectContaining({ field: 'resourceSpecification.id' })]);
      expect(await offeringCount()).toBe(before);
    });

    it('keeps bundles one level deep (422)', async () => {
      const member = await post(t, PATHS.productOffering, { name: unique('Member') });
      const bundle = await post(t, PATHS.productOffering, { name: unique('Bundle'), bundledProductOffering: [{ id: member.id }] });
      const nested = await t.http
        .post(PATHS.productOffering)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: unique('Nested'), bundledProductOffering: [{ id: bundle.id }] });
      expect(nested.status).toBe(422);
      expect(nested.body).toMatchObject({ code: 'BUNDLE_TOO_DEEP', details: [{ field: 'bundledProductOffering.id' }] });
      const other = await post(t, PATHS.productOffering, { name: unique('Other') });
      await patch(`${PATHS.productOffering}/${member.id}`, { bundledProductOffering: [{ id: other.id }] }).expect(422);
      await patch(`${PATHS.productOffering}/${bundle.id}`, { bundledProductOffering: [{ id: bundle.id }] }).expect(422);
    });
  });

  describe('in use', () => {
    it('refuses deleting or retiring what the catalog uses (409 CATALOG_ENTRY_IN_USE naming it)', async () => {
      const { spec, price, offering } = await newLaunchedOffering(t);
      for (const [path, what] of [
        [`${PATHS.productOfferingPrice}/${price.id}`, `${offering.id}`],
        [`${PATHS.productSpecification}/${spec.id}`, `${offering.id}`],
      ]) {
        const deleted = await t.http.delete(path).set('Authorization', ADMIN_AUTH).expect(409);
        expect(deleted.body).toMatchObject({ code: 'CATALOG_ENTRY_IN_USE' });
        expect(deleted.body.message).toContain(what);
        expect(deleted.body.message).toContain('nothing was deleted');
        const retired = await patch(path, { lifecycleStatus: 'retired' }).expect(409);
        expect(retired.body).toMatchObject({ code: 'CATALOG_ENTRY_IN_USE' });
        expect(retired.body.message).toContain('product offering(s)');
      }
      const bundle = await post(t, PATHS.productOffering, {
        name: unique('Bundle'),
        lifecycleStatus: 'launched',
        bundledProductOffering: [{ id: offering.id }],
      });
      const category = await post(t, PATHS.category, { name: unique('Cat'), productOffering: [{ id: offering.id }] });
      const refused = await t.http.delete(`${PATHS.productOffering}/${offering.id}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(refused.body.message).toContain(`bundle offering(s) (${bundle.id})`);
      expect(refused.body.message).toContain(`categor(y/ies) (${category.id})`);
      await patch(`${PATHS.productOffering}/${offering.id}`, { lifecycleStatus: 'retired' }).expect(409);
      // Once its users stop selling, it may retire; once nothing links it, it may go.
      await patch(`${PATHS.productOffering}/${bundle.id}`, { lifecycleStatus: 'retired' }).expect(200);
      await patch(`${PATHS.productOffering}/${offering.id}`, { lifecycleStatus: 'retired' }).expect(200);
      await patch(`${PATHS.productOfferingPrice}/${price.id}`, { lifecycleStatus: 'retired' }).expect(200);
      await t.http.delete(`${PATHS.productOffering}/${bundle.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await patch(`${PATHS.category}/${category.id}`, { productOffering: [] }).expect(200);
      await t.http.delete(`${PATHS.productOffering}/${offering.id}`).set('Authorization', ADMIN_AUTH).expect(204);
      await t.http.delete(`${PATHS.productOfferingPrice}/${price.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    });

    it('asks the libs above through ReferenceHolders before a delete or a retirement', async () => {
      const { offering } = await newLaunchedOffering(t);
      const holders = t.get(ReferenceHolders);
      holders.register('productOffering', {
        referencesTo: (id) =>
          Promise.resolve(id === Number(offering.id) ? [{ what: 'active subscription(s)', count: 3, ids: [7, 8, 9] }] : []),
      });
      const retired = await patch(`${PATHS.productOffering}/${offering.id}`, { lifecycleStatus: 'retired' }).expect(409);
      expect(retired.body).toMatchObject({
        code: 'CATALOG_ENTRY_IN_USE',
        message: expect.stringContaining('3 active subscription(s) (7, 8, 9)'),
      });
      const deleted = await t.http.delete(`${PATHS.productOffering}/${offering.id}`).set('Authorization', ADMIN_AUTH).expect(409);
      expect(deleted.body.message).toContain('active subscription(s)');
    });

    it('refuses deleting a category with subcategories or in a catalog', async () => {
      const root = await post(t, PATHS.category, { name: unique('Root') });
      const child = await post(t, PATHS.category, { name: unique('Child'), parentId: root.id });
      await post(t, PATHS.catalog, { name: unique('Catalog'), category: [{ id: child.id }] });
      expect((await t.http.delete(`${PATHS.category}/${root.id}`).set('Authorization', ADMIN_AUTH).expect(409)).body.message).toContain(
        'subcategor',
      );
      expect((await t.http.delete(`${PATHS.category}/${child.id}`).set('Authorization', ADMIN_AUTH).expect(409)).body.message).toContain(
        'catalog(s)',
      );
    });
  });

  it('answers 404 to unknown ids of any form on every resource', async () => {
    for (const path of Object.values(PATHS))
      for (const id of ['999999', 'abc', '0', '-1', '1.5', '99999999999999999999', '%20'])
        for (const method of ['get', 'patch', 'delete'] as const) {
          const response = await t.http[method](`${path}/${id}`).set('Authorization', ADMIN_AUTH).send({});
          expect([method, path, id, response.status]).toEqual([method, path, id, 404]);
        }
  });
});
