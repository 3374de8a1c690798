import { Injectable } from '@nestjs/common';
import { type FindOptionsWhere, In, Not } from 'typeorm';
import { Database, type Reference, NAMED_REFERENCE_IDS } from '@contactly/platform';
import type { UsePurpose } from '../shared/catalog-entry.service.js';
import type { EntrySummary } from '../shared/catalog-entry.repository.js';
import { ProductCatalogCategory } from '../catalog/product-catalog.entity.js';
import { ProductCategory } from '../category/product-category.entity.js';
import { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import { ProductSpecification } from '../specification/product-specification.entity.js';
import { ProductOfferingBundle, ProductOfferingCategory, ProductOfferingPriceLink } from './product-offering-links.entity.js';
import { ProductOffering } from './product-offering.entity.js';

/** Users that no longer sell do not keep an entry from being retired; any user keeps it from being deleted. */
const NOT_IN_USE = ['retired', 'obsolete'];

/** A link to an entry, with the linked entry's name (one joined query a kind of link for a whole page). */
export interface NamedLink {
  ownerId: number;
  id: number;
  name: string;
}

/**
 * The catalog's link tables: an offering's prices, bundle members and categories, a catalog's
 * categories. Reads are batched for a page of owners; counts say what still uses an entry.
 */
@Injectable()
export class OfferingLinksRepository {
  constructor(private readonly db: Database) {}

  /** The prices of these offerings, in their order. */
  pricesOf(offeringIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductOfferingPriceLink, 'offering_id', 'price_id', ProductOfferingPrice, offeringIds, true);
  }

  /** The members of these bundles, in their order. */
  bundledOf(offeringIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductOfferingBundle, 'offering_id', 'bundled_offering_id', ProductOffering, offeringIds, true);
  }

  /** The categories of these offerings. */
  categoriesOfOfferings(offeringIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductOfferingCategory, 'offering_id', 'category_id', ProductCategory, offeringIds, false);
  }

  /** The offerings of these categories. */
  offeringsOfCategories(categoryIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductOfferingCategory, 'category_id', 'offering_id', ProductOffering, categoryIds, false);
  }

  /** The categories of these catalogs. */
  categoriesOfCatalogs(catalogIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductCatalogCategory, 'catalog_id', 'category_id', ProductCategory, catalogIds, false);
  }

  /** Offerings (bundles) that contain any of these offerings. */
  async bundlesContaining(offeringIds: number[]): Promise<NamedLink[]> {
    return this.named(ProductOfferingBundle, 'bundled_offering_id', 'offering_id', ProductOffering, offeringIds, false);
  }

  /** Statuses of the specification and prices an offering would be launched with. */
  async launchNeeds(
    specificationId: number | null,
    priceIds: number[],
  ): Promise<{ specification: EntrySummary | null; prices: EntrySummary[] }> {
    const select = { id: true, name: true, lifecycleStatus: true } as const;
    const specification =
      specificationId === null ? null : await this.db.repository(ProductSpecification).findOne({ select, where: { id: specificationId } });
    const prices = priceIds.length ? await this.db.repository(ProductOfferingPrice).find({ select, where: { id: In(priceIds) } }) : [];
    return { specification, prices };
  }

  /** Offerings whose specification this is. */
  offeringsOfSpecification(specificationId: number, purpose: UsePurpose): Promise<Reference> {
    return this.usage('product offering(s)', () =>
      this.entriesWhere(ProductOffering, { productSpecificationId: specificationId }, purpose),
    );
  }

  /** Offerings that charge this price. */
  offeringsOfPrice(priceId: number, purpose: UsePurpose): Promise<Reference> {
    return this.usage('product offering(s)', () =>
      this.ownersLinking(ProductOfferingPriceLink, 'offering_id', 'price_id', priceId, purpose),
    );
  }

  /** Bundles this offering is a member of. */
  bundlesOf(offeringId: number, purpose: UsePurpose): Promise<Reference> {
    return this.usage('bundle offering(s)', () =>
      this.ownersLinking(ProductOfferingBundle, 'offering_id', 'bundled_offering_id', offeringId, purpose),
    );
  }

  /** Categories that list this offering (any status: a category shows what it lists). */
  async categoriesListing(offeringId: number): Promise<Reference> {
    return this.usage('categor(y/ies)', async () =>
      (await this.db.repository(ProductOfferingCategory).find({ where: { offeringId }, order: { categoryId: 'ASC' } })).map(
        (l) => l.categoryId,
      ),
    );
  }

  /** The subcategories of these categories. */
  async subCategoriesOf(categoryIds: number[]): Promise<NamedLink[]> {
    if (!categoryIds.length) return [];
    const rows = await this.db
      .repository(ProductCategory)
      .find({ select: { id: true, name: true, parentId: true }, where: { parentId: In(categoryIds) }, order: { id: 'ASC' } });
    return rows.map((row) => ({ ownerId: row.parentId!, id: row.id, name: row.name }));
  }

  /** Subcategories of a category; for a retirement only those not retired. */
  subCategoriesUsing(categoryId: number, purpose: UsePurpose): Promise<Reference> {
    return this.usage('subcategor(y/ies)', () => this.entriesWhere(ProductCategory, { parentId: categoryId }, purpose));
  }

  /** Catalogs that include a category. */
  catalogsIncluding(categoryId: number): Promise<Reference> {
    return this.usage('catalog(s)', async () =>
      (await this.db.repository(ProductCatalogCategory).find({ where: { categoryId }, order: { catalogId: 'ASC' } })).map(
        (l) => l.catalogId,
      ),
    );
  }

  private async usage(what: string, ids: () => Promise<number[]>): Promise<Reference> {
    const found = await ids();
    return { what, count: found.length, ids: found.slice(0, NAMED_REFERENCE_IDS) };
  }

  /** Ids of the entries matching `where`; for a retirement only those still selling. */
  private async entriesWhere<E extends { id: number; lifecycleStatus: string }>(
    entity: new () => E,
    where: FindOptionsWhere<E>,
    purpose: UsePurpose,
  ): Promise<number[]> {
    const selling = purpose === 'retire' ? { lifecycleStatus: Not(In(NOT_IN_USE)) } : {};
    const rows = await this.db
      .repository(entity)
      .find({ select: { id: true } as never, where: { ...where, ...selling }, order: { id: 'ASC' } as never });
    return rows.map((row) => row.id);
  }

  /** Offerings linking the entry through a link table; for a retirement only those still selling. */
  private async ownersLinking(
    link: new () => object,
    ownerColumn: string,
    targetColumn: string,
    target: number,
    purpose: UsePurpose,
  ): Promise<number[]> {
    const qb = this.db
      .repository(link)
      .createQueryBuilder('l')
      .innerJoin(ProductOffering, 'o', `o.id = l.${ownerColumn}`)
      .select('o.id', 'id')
      .where(`l.${targetColumn} = :target`, { target })
      .orderBy('o.id', 'ASC');
    if (purpose === 'retire') qb.andWhere('o.lifecycle_status NOT IN (:...gone)', { gone: NOT_IN_USE });
    return (await qb.getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
  }

  private async named(
    link: new () => object,
    ownerColumn: string,
    targetColumn: string,
    target: new () => { id: number; name: string },
    owners: number[],
    ordered: boolean,
  ): Promise<NamedLink[]> {
    if (!owners.length) return [];
    const qb = this.db
      .repository(link)
      .createQueryBuilder('l')
      .innerJoin(target, 't', `t.id = l.${targetColumn}`)
      .select(`l.${ownerColumn}`, 'ownerId')
      .addSelect('t.id', 'id')
      .addSelect('t.name', 'name')
      .where(`l.${ownerColumn} IN (:...owners)`, { owners: [...new Set(owners)] })
      .orderBy(`l.${ownerColumn}`, 'ASC')
      .addOrderBy(ordered ? 'l.position' : 't.id', 'ASC');
    return (await qb.getRawMany<{ ownerId: number | string; id: number | string; name: string }>()).map((row) => ({
      ownerId: Number(row.ownerId),
      id: Number(row.id),
      name: row.name,
    }));
  }
}
