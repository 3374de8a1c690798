import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { conflict, Database, fromMinorUnits, lockRows, unprocessable } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import { ProductSpecification } from '../specification/product-specification.entity.js';
import { ProductOfferingBundle, ProductOfferingPriceLink } from './product-offering-links.entity.js';
import { ProductOffering } from './product-offering.entity.js';
import type { SellableOffering, SellablePrice } from './sellable-offering.js';

/**
 * The catalog's read port for the libs that sell (inventory, ordering, billing): an offering as it
 * can be sold now. Selling what is not launched is refused here, once, for all of them.
 */
@Injectable()
export class OfferingCatalog {
  constructor(private readonly db: Database) {}

  /**
   * The offering, if it is launched and sellable on its own: 422 PRODUCT_OFFERING_NOT_FOUND when it
   * does not exist, 409 OFFERING_NOT_SELLABLE (naming its status) when it cannot be sold.
   * `field` names the request field that named it, for the error.
   */
  async sellable(offeringId: number, field = 'productOffering.id'): Promise<SellableOffering> {
    const offering = await this.db.repository(ProductOffering).findOneBy({ id: offeringId });
    if (!offering)
      throw unprocessable(CATALOG_ERRORS.PRODUCT_OFFERING_NOT_FOUND, `Product offering ${offeringId} does not exist`, [
        { field, message: 'must name an existing product offering' },
      ]);
    if (offering.lifecycleStatus !== 'launched' || !offering.isSellable)
      throw conflict(
        CATALOG_ERRORS.OFFERING_NOT_SELLABLE,
        offering.lifecycleStatus !== 'launched'
          ? `Product offering ${offeringId} (${offering.name}) is ${offering.lifecycleStatus}: only launched offerings can be sold`
          : `Product offering ${offeringId} (${offering.name}) is sold only inside a bundle`,
        { lifecycleStatus: offering.lifecycleStatus, isSellable: offering.isSellable },
      );
    const members = offering.isBundle
      ? await this.db.repository(ProductOfferingBundle).find({ where: { offeringId }, order: { position: 'ASC' } })
      : [];
    const bundledRows = members.length
      ? await this.db.repository(ProductOffering).findBy({ id: In(members.map((m) => m.bundledOfferingId)) })
      : [];
    // A bundle sells its members: each must be sellable now too (launched; inside a bundle they need not be sellable alone).
    const unlaunched = bundledRows.filter((member) => member.lifecycleStatus !== 'launched');
    if (unlaunched.length)
      throw conflict(
        CATALOG_ERRORS.OFFERING_NOT_SELLABLE,
        `Product offering ${offeringId} (${offering.name}) bundles ${unlaunched.map((m) => `${m.id} (${m.name}), which is ${m.lifecycleStatus}`).join('; ')}: only launched offerings can be sold`,
        { lifecycleStatus: offering.lifecycleStatus, unlaunchedMembers: unlaunched.map((m) => String(m.id)) },
      );
    const [main, ...bundled] = await this.describe([
      offering,
      ...members.map((m) => bundledRows.find((o) => o.id === m.bundledOfferingId)!),
    ]);
    return { ...main, bundled };
  }

  /**
   * In the selling transaction, just before what was sold is stored: holds the offering and the price
   * (`LOCK IN SHARE MODE` on MariaDB) until it commits, so that a retire or delete of either waits and
   * then counts the sale, and checks that both are still sellable (409 OFFERING_NOT_SELLABLE when one was
   * retired since `sellable` read it).
   */
  async holdForSale(offeringId: number, priceId: number): Promise<void> {
    this.db.assertInTransaction('OfferingCatalog.holdForSale');
    const offering = await lockRows(
      this.db.repository(ProductOffering).createQueryBuilder('o').where('o.id = :offeringId', { offeringId }),
      'read',
    ).getOne();
    const price = await lockRows(
      this.db.repository(ProductOfferingPrice).createQueryBuilder('p').where('p.id = :priceId', { priceId }),
      'read',
    ).getOne();
    const gone = [
      ...(!offering || offering.lifecycleStatus !== 'launched'
        ? [`product offering ${offeringId} is ${offering?.lifecycleStatus ?? 'deleted'}`]
        : []),
      ...(!price || ['retired', 'obsolete'].includes(price.lifecycleStatus)
        ? [`price ${priceId} is ${price?.lifecycleStatus ?? 'deleted'}`]
        : []),
    ];
    if (gone.length)
      throw conflict(CATALOG_ERRORS.OFFERING_NOT_SELLABLE, `It can no longer be sold: ${gone.join('; ')}`, {
        lifecycleStatus: offering?.lifecycleStatus ?? null,
      });
  }

  /** Ids of offerings that can be sold now (launched, sellable on their own), lowest first: demo data and tests pick from them. */
  async sellableIds(limit: number): Promise<number[]> {
    const rows = await this.db
      .repository(ProductOffering)
      .find({ select: { id: true }, where: { lifecycleStatus: 'launched', isSellable: true }, order: { id: 'ASC' }, take: limit });
    return rows.map((row) => row.id);
  }

  /** The price of a sellable offering chosen by id: 422 PRICE_NOT_OF_OFFERING when it is not one of its prices. */
  priceOf(offering: SellableOffering, priceId: number, field = 'productOfferingPrice.id'): SellablePrice {
    const price = offering.prices.find((p) => p.id === priceId);
    if (!price)
      throw unprocessable(CATALOG_ERRORS.PRICE_NOT_OF_OFFERING, `Price ${priceId} is not a price of product offering ${offering.id}`, [
        { field, message: `must name one of the prices of ${offering.name}` },
      ]);
    return price;
  }

  private async describe(offerings: ProductOffering[]): Promise<Omit<SellableOffering, 'bundled'>[]> {
    const ids = offerings.map((o) => o.id);
    const links = await this.db.repository(ProductOfferingPriceLink).find({ where: { offeringId: In(ids) }, order: { position: 'ASC' } });
    const prices = links.length ? await this.db.repository(ProductOfferingPrice).findBy({ id: In(links.map((l) => l.priceId)) }) : [];
    const specIds = offerings.map((o) => o.productSpecificationId).filter((id): id is number => id !== null);
    const specs = specIds.length ? await this.db.repository(ProductSpecification).findBy({ id: In(specIds) }) : [];
    return offerings.map((offering) => {
      const spec = specs.find((s) => s.id === offering.productSpecificationId) ?? null;
      return {
        id: offering.id,
        name: offering.name,
        isBundle: offering.isBundle,
        productSpecification: spec && { id: spec.id, name: spec.name },
        resourceKinds: spec?.resourceKinds ?? [],
        prices: links
          .filter((l) => l.offeringId === offering.id)
          .map((l) => prices.find((p) => p.id === l.priceId))
          .filter((p): p is ProductOfferingPrice => p !== undefined && p.lifecycleStatus !== 'obsolete')
          .map(toSellablePrice),
      };
    });
  }
}

const toSellablePrice = (price: ProductOfferingPrice): SellablePrice => ({
  id: price.id,
  name: price.name,
  priceType: price.priceType,
  recurringPeriod: price.recurringPeriod,
  recurringPeriodLength: price.recurringPeriodLength,
  amountMinor: price.amountMinor,
  currency: price.currency,
  price: fromMinorUnits(price.amountMinor, price.currency),
  unitOfMeasure: price.unitOfMeasure,
  taxRate: price.taxRate,
});
