import type { TestApp } from '@contactly/platform/testing';
import { insertOffering } from '../src/testing/index.js';
import { OfferingCatalog } from '../src/index.js';
import { createCatalogTestApp } from './catalog-test-app.js';

/** The read port the selling libs use: only launched offerings are sold, with their prices and resources. */
describe('OfferingCatalog', () => {
  let t: TestApp;
  let catalog: OfferingCatalog;

  beforeAll(async () => {
    t = await createCatalogTestApp();
    catalog = t.get(OfferingCatalog);
  });
  afterAll(() => t.close());

  it('has entities and migrations that agree on this dialect (no pending schema change)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('describes a launched offering with its prices, resources and bundled offerings', async () => {
    const sim = await insertOffering(t, {
      name: 'SIM card',
      isSellable: false,
      resourceKinds: ['iccid'],
      prices: [{ priceType: 'oneTime', amountMinor: 500 }],
    });
    const plan = await insertOffering(t, {
      name: 'Mobile M',
      prices: [
        { priceType: 'recurring', recurringPeriod: 'month', amountMinor: 1999 },
        { priceType: 'usage', amountMinor: 250 },
      ],
      bundled: [sim.offeringId],
    });
    const sellable = await catalog.sellable(plan.offeringId);
    expect(sellable).toMatchObject({
      id: plan.offeringId,
      name: 'Mobile M',
      isBundle: true,
      resourceKinds: ['msisdn', 'iccid'],
      prices: [
        { id: plan.priceIds[0], priceType: 'recurring', recurringPeriod: 'month', price: { unit: 'EUR', value: 19.99 } },
        { id: plan.priceIds[1], priceType: 'usage', unitOfMeasure: 'GB', price: { unit: 'EUR', value: 2.5 } },
      ],
      bundled: [{ id: sim.offeringId, name: 'SIM card', resourceKinds: ['iccid'], prices: [{ priceType: 'oneTime', amountMinor: 500 }] }],
    });
    expect(await catalog.sellableIds(100)).toContain(plan.offeringId);
    expect(await catalog.sellableIds(100)).not.toContain(sim.offeringId);
    expect(catalog.priceOf(sellable, plan.priceIds[0]).amountMinor).toBe(1999);
    expect(() => catalog.priceOf(sellable, sim.priceIds[0])).toThrow(expect.objectContaining({ code: 'PRICE_NOT_OF_OFFERING' }));
  });

  it('holds an offering and its price for a sale, refusing (409) what was retired or deleted since it was read', async () => {
    const { offeringId, priceIds } = await insertOffering(t);
    await t.db.transaction(() => catalog.holdForSale(offeringId, priceIds[0]));
    await t.db.dataSource.query(`UPDATE product_offering SET lifecycle_status = 'retired' WHERE id = ${offeringId}`);
    await expect(t.db.transaction(() => catalog.holdForSale(offeringId, priceIds[0]))).rejects.toMatchObject({
      code: 'OFFERING_NOT_SELLABLE',
      message: expect.stringContaining('retired'),
    });
    const other = await insertOffering(t);
    await t.db.dataSource.query(`DELETE FROM product_offering_price WHERE id = ${other.priceIds[0]}`);
    await expect(t.db.transaction(() => catalog.holdForSale(other.offeringId, other.priceIds[0]))).rejects.toMatchObject({
      code: 'OFFERING_NOT_SELLABLE',
      message: expect.stringContaining('deleted'),
    });
  });

  it('refuses what cannot be sold: unknown (422), not launched or only in a bundle (409 naming why)', async () => {
    await expect(catalog.sellable(999_999)).rejects.toMatchObject({ code: 'PRODUCT_OFFERING_NOT_FOUND', category: 'Unprocessable' });
    const inTest = await insertOffering(t, { lifecycleStatus: 'inTest' });
    await expect(catalog.sellable(inTest.offeringId)).rejects.toMatchObject({
      code: 'OFFERING_NOT_SELLABLE',
      message: expect.stringContaining('inTest'),
    });
    const draftMember = await insertOffering(t, { name: 'Draft SIM', lifecycleStatus: 'inDesign', isSellable: false });
    const bundleOfDraft = await insertOffering(t, { bundled: [draftMember.offeringId] });
    await expect(catalog.sellable(bundleOfDraft.offeringId)).rejects.toMatchObject({
      code: 'OFFERING_NOT_SELLABLE',
      message: expect.stringContaining('Draft SIM'),
    });
    const onlyInBundle = await insertOffering(t, { isSellable: false });
    await expect(catalog.sellable(onlyInBundle.offeringId)).rejects.toMatchObject({
      code: 'OFFERING_NOT_SELLABLE',
      message: expect.stringContaining('bundle'),
    });
  });
});
