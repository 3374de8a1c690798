import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { OfferingCatalog } from '../src/index.js';
import { CatalogDemoData } from '../src/demo/catalog-demo-data.js';
import { createCatalogTestApp } from './catalog-test-app.js';
import { PATHS, type Row } from './catalog-api.js';

/** The demo catalog a newcomer sees: a realistic telecom offer that the selling libs can sell from. */
describe('demo catalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createCatalogTestApp();
    await t.get(CatalogDemoData).seed();
  });
  afterAll(() => t.close());

  const list = async (path: string) => (await t.http.get(`${path}?limit=1000`).set('Authorization', ADMIN_AUTH).expect(200)).body as Row[];

  it('seeds plans, SIMs, add-ons, usage prices, bundles, retired and studied offerings, sellable when launched', async () => {
    const offerings = await list(PATHS.productOffering);
    const byName = new Map(offerings.map((o) => [o.name, o]));
    expect(byName.get('Mobile M')).toMatchObject({
      lifecycleStatus: 'launched',
      isSellable: true,
      category: [{ name: 'Mobile plans (B2C)' }],
    });
    expect(byName.get('Mobile M with SIM card')).toMatchObject({
      isBundle: true,
      bundledProductOffering: [{ name: 'Mobile M' }, { name: 'Physical SIM card' }],
    });
    expect(byName.get('Mobile Classic 2024')).toMatchObject({ lifecycleStatus: 'retired' });
    expect(byName.get('5G Home Internet')).toMatchObject({ lifecycleStatus: 'inStudy' });
    expect(offerings.filter((o) => o.lifecycleStatus === 'launched').every((o) => o.isSellable)).toBe(true);
    const prices = await list(PATHS.productOfferingPrice);
    expect(prices.find((p) => p.name === 'Out-of-bundle data, per GB')).toMatchObject({
      priceType: 'usage',
      unitOfMeasure: { amount: 1, units: 'GB' },
      price: { unit: 'EUR', value: 2 },
    });
    expect(prices.find((p) => p.name === 'Mobile M yearly fee')).toMatchObject({
      recurringChargePeriodType: 'year',
      price: { value: 199 },
    });
    const specs = await list(PATHS.productSpecification);
    expect(specs.find((s) => s.name === 'Physical SIM card')?.resourceSpecification).toEqual([expect.objectContaining({ id: 'iccid' })]);
    expect((await list(PATHS.catalog)).map((c) => c.name)).toEqual(['Consumer', 'Business']);
    const sellable = await t.get(OfferingCatalog).sellable(Number(byName.get('Mobile M')!.id));
    expect(sellable.resourceKinds).toEqual(['msisdn', 'iccid']);
  });

  it('seeds only into a catalog without offerings', async () => {
    const before = (await list(PATHS.productOffering)).length;
    await t.get(CatalogDemoData).seed();
    expect((await list(PATHS.productOffering)).length).toBe(before);
  });
});
