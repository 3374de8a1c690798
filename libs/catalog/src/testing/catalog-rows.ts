import type { TestApp } from '@contactly/platform/testing';
import type { LifecycleStatus } from '../shared/lifecycle-status.js';
import type { PriceType, RecurringPeriod, ResourceKind } from '../shared/catalog-kinds.js';
import { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import { ProductSpecification } from '../specification/product-specification.entity.js';
import { ProductOfferingBundle, ProductOfferingPriceLink } from '../offering/product-offering-links.entity.js';
import { ProductOffering } from '../offering/product-offering.entity.js';

export interface OfferingRowOptions {
  name?: string;
  lifecycleStatus?: LifecycleStatus;
  isSellable?: boolean;
  /** What its specification's products need; a mobile plan by default. */
  resourceKinds?: ResourceKind[];
  prices?: { name?: string; priceType: PriceType; recurringPeriod?: RecurringPeriod; amountMinor: number; currency?: string }[];
  /** Offerings (ids) bundled into this one, which makes it a bundle. */
  bundled?: number[];
}

export interface OfferingRows {
  offeringId: number;
  specificationId: number;
  priceIds: number[];
}

let sequence = 0;

/**
 * Fixture for the tests of the libs that sell (and of the catalog's own jobs): an offering with its
 * specification and prices, inserted as rows, launched unless told otherwise. The catalog's API
 * tests create theirs over HTTP.
 */
export async function insertOffering(t: TestApp, options: OfferingRowOptions = {}): Promise<OfferingRows> {
  sequence += 1;
  const now = new Date();
  const status = options.lifecycleStatus ?? 'launched';
  const common = { description: null, specVersion: '1.0', validFrom: now, validTo: null, createdAt: now, updatedAt: now };
  return t.db.transaction(async () => {
    const manager = t.db.manager;
    const spec = await manager.save(
      manager.create(ProductSpecification, {
        ...common,
        name: `Spec ${options.name ?? sequence}`,
        lifecycleStatus: 'launched',
        brand: 'Contactly',
        productNumber: `SPEC-${sequence}`,
        isBundle: Boolean(options.bundled?.length),
        characteristics: null,
        resourceKinds: options.resourceKinds ?? ['msisdn', 'iccid'],
      }),
    );
    const offering = await manager.save(
      manager.create(ProductOffering, {
        ...common,
        name: options.name ?? `Offering ${sequence}`,
        lifecycleStatus: status,
        isBundle: Boolean(options.bundled?.length),
        isSellable: options.isSellable ?? true,
        productSpecificationId: spec.id,
      }),
    );
    const priceIds: number[] = [];
    const prices = options.prices ?? [{ priceType: 'recurring', recurringPeriod: 'month', amountMinor: 1999 }];
    for (const [position, price] of prices.entries()) {
      const row = await manager.save(
        manager.create(ProductOfferingPrice, {
          ...common,
          name: price.name ?? `${price.priceType} ${sequence}.${position}`,
          lifecycleStatus: 'launched',
          priceType: price.priceType,
          recurringPeriod: price.priceType === 'recurring' ? (price.recurringPeriod ?? 'month') : null,
          recurringPeriodLength: price.priceType === 'recurring' ? 1 : null,
          amountMinor: price.amountMinor,
          currency: price.currency ?? 'EUR',
          unitOfMeasure: price.priceType === 'usage' ? 'GB' : null,
          taxRate: null,
        }),
      );
      priceIds.push(row.id);
      await manager.insert(ProductOfferingPriceLink, { offeringId: offering.id, priceId: row.id, position });
    }
    for (const [position, bundledOfferingId] of (options.bundled ?? []).entries())
      await manager.insert(ProductOfferingBundle, { offeringId: offering.id, bundledOfferingId, position });
    return { offeringId: offering.id, specificationId: spec.id, priceIds };
  });
}
