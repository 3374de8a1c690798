import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCatalogTestApp } from './catalog-test-app.js';
import { eventsOf, newPrice, newSpecification, PATHS, post, type Row, unique } from './catalog-api.js';

/** TMF620 over HTTP: each resource created, read, listed, patched and deleted, with its events. */
describe('TMF620 catalog resources', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCatalogTestApp();
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http.get(path).set('Authorization', ADMIN_AUTH);

  it('creates, reads, patches and deletes a specification, with TMF names and events', async () => {
    const spec = await newSpecification(t, {
      brand: 'Contactly',
      productNumber: 'MOB-M',
      productSpecCharacteristic: [
        {
          name: 'dataAllowance',
          valueType: 'number',
          productSpecCharacteristicValue: [{ value: 10, unitOfMeasure: 'GB', isDefault: true }],
        },
      ],
    });
    expect(spec).toMatchObject({
      href: expect.stringContaining(`${PATHS.productSpecification}/${spec.id}`),
      lifecycleStatus: 'inStudy',
      brand: 'Contactly',
      productNumber: 'MOB-M',
      isBundle: false,
      resourceSpecification: [
        { id: 'msisdn', '@referredType': 'ResourceSpecification' },
        { id: 'iccid', '@referredType': 'ResourceSpecification' },
      ],
      productSpecCharacteristic: [
        { name: 'dataAllowance', productSpecCharacteristicValue: [{ value: 10, unitOfMeasure: 'GB', isDefault: true }] },
      ],
      '@type': 'ProductSpecification',
    });
    const read = await get(`${PATHS.productSpecification}/${spec.id}`).expect(200);
    expect(read.body).toEqual(spec);
    expect(read.headers.etag).toBe('"1"');
    const patched = await t.http
      .patch(`${PATHS.productSpecification}/${spec.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ brand: null, lifecycleStatus: 'inDesign' }))
      .expect(200);
    expect(patched.body).toMatchObject({ brand: null, lifecycleStatus: 'inDesign', productNumber: 'MOB-M' });
    expect(patched.headers.etag).toBe('"2"');
    await t.http.delete(`${PATHS.productSpecification}/${spec.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    await get(`${PATHS.productSpecification}/${spec.id}`).expect(404);
    expect(await eventsOf(t, 'productSpecification', spec.id)).toEqual([
      'ProductSpecificationCreateEvent',
      'ProductSpecificationStateChangeEvent',
      'ProductSpecificationDeleteEvent',
    ]);
  });

  it('creates prices of each kind in TMF money, and refuses bad amounts (400) writing nothing', async () => {
    const monthly = await newPrice(t);
    expect(monthly).toMatchObject({
      priceType: 'recurring',
      recurringChargePeriodType: 'month',
      recurringChargePeriodLength: 1,
      price: { unit: 'EUR', value: 19.99 },
      unitOfMeasure: null,
      '@type': 'ProductOfferingPrice',
    });
    const perGb = await newPrice(t, {
      priceType: 'usage',
      recurringChargePeriodType: undefined,
      unitOfMeasure: { amount: 1, units: 'GB' },
      price: { unit: 'EUR', value: 2.5 },
    });
    expect(perGb).toMatchObject({
      priceType: 'usage',
      recurringChargePeriodType: null,
      unitOfMeasure: { amount: 1, units: 'GB' },
      price: { value: 2.5 },
    });
    const before = Number((await get(`${PATHS.productOfferingPrice}?limit=0`).expect(200)).headers['x-total-count']);
    const bad = async (body: object, field: string) => {
      const response = await t.http
        .post(PATHS.productOfferingPrice)
        .set('Authorization', ADMIN_AUTH)
        .send({ name: unique('Bad'), priceType: 'oneTime', ...body });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.details ?? response.body)).toContain(field);
    };
    await bad({ price: { unit: 'EUR', value: -1 } }, 'price');
    await bad({ price: { unit: 'EUR', value: 1.999 } }, 'price.value');
    await bad({ price: { unit: 'JPY', value: 1.5 } }, 'price.value');
    await bad({ price: { unit: 'EUR', value: 5 }, unitOfMeasure: { amount: 1, units: 'GB' } }, 'unitOfMeasure');
    await bad({ priceType: 'usage', price: { unit: 'EUR', value: 5 } }, 'unitOfMeasure');
    expect(Number((await get(`${PATHS.productOfferingPrice}?limit=0`).expect(200)).headers['x-total-count'])).toBe(before);
    const yearly = await t.http
      .patch(`${PATHS.productOfferingPrice}/${monthly.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ recurringChargePeriodType: 'year', price: { unit: 'EUR', value: 199 } })
      .expect(200);
    expect(yearly.body).toMatchObject({ recurringChargePeriodType: 'year', price: { unit: 'EUR', value: 199 } });
  });

  it('creates an offering with its links, a bundle of it, a category and a catalog listing them', async () => {
    const spec = await newSpecification(t);
    const price = await newPrice(t);
    const sim = await post(t, PATHS.productOffering, { name: unique('SIM'), isSellable: false, productOfferingPrice: [{ id: price.id }] });
    const offering = await post(t, PATHS.productOffering, {
      name: unique('Mobile M'),
      version: '1.0',
      validFor: { startDateTime: '2026-01-01T00:00:00.000Z' },
      productSpecification: { id: spec.id },
      productOfferingPrice: [{ id: price.id }],
      bundledProductOffering: [{ id: sim.id }],
    });
    expect(offering).toMatchObject({
      isBundle: true,
      isSellable: true,
      version: '1.0',
      lifecycleStatus: 'inStudy',
      validFor: { startDateTime: '2026-01-01T00:00:00.000Z', endDateTime: null },
      productSpecification: { id: spec.id, name: spec.name, '@referredType': 'ProductSpecification' },
      productOfferingPrice: [{ id: price.id, name: price.name, '@referredType': 'ProductOfferingPrice' }],
      bundledProductOffering: [{ id: sim.id, name: sim.name, '@referredType': 'ProductOffering' }],
      category: [],
      '@type': 'ProductOffering',
    });
    const root = await post(t, PATHS.category, { name: unique('Mobile') });
    const child = await post(t, PATHS.category, { name: unique('B2C'), parentId: root.id, productOffering: [{ id: offering.id }] });
    expect(child).toMatchObject({ parentId: root.id, isRoot: false, productOffering: [{ id: offering.id }] });
    const rootAfter = (await get(`${PATHS.category}/${root.id}`).expect(200)).body as Row;
    expect(rootAfter).toMatchObject({ isRoot: true, parentId: null, subCategory: [{ id: child.id }] });
    const offeringAfter = await get(`${PATHS.productOffering}/${offering.id}`).expect(200);
    expect(offeringAfter.body.category).toEqual([expect.objectContaining({ id: child.id })]);
    expect(offeringAfter.headers.etag).toBe('"2"');
    const catalog = await post(t, PATHS.catalog, { name: unique('Consumer'), catalogType: 'consumer', category: [{ id: root.id }] });
    expect(catalog).toMatchObject({
      catalogType: 'consumer',
      category: [{ id: root.id, '@referredType': 'Category' }],
      '@type': 'Catalog',
    });
    const cycle = await t.http
      .patch(`${PATHS.category}/${root.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ parentId: child.id })
      .expect(422);
    expect(cycle.body).toMatchObject({ code: 'CATEGORY_CYCLE', details: [{ field: 'parentId' }] });
  });
});
