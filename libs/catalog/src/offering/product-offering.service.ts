import { Injectable } from '@nestjs/common';
import {
  conflict,
  Database,
  invalid,
  PLATFORM_ERRORS,
  type Reference,
  replaceChildRows,
  type ResourceRefDto,
  unprocessable,
} from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import { ProductCategory } from '../category/product-category.entity.js';
import { ProductOfferingPrice } from '../price/product-offering-price.entity.js';
import { ProductSpecification } from '../specification/product-specification.entity.js';
import { catalogEntryBody, catalogRef, groupBy } from '../shared/catalog-entry.mapper.js';
import { CatalogEntryService, type CatalogKind, type LinkPlan, patched, type UsePurpose, wants } from '../shared/catalog-entry.service.js';
import { CatalogKit } from '../shared/catalog-kit.js';
import { catalogLifecycle } from '../shared/catalog-lifecycle.js';
import { catalogList } from '../shared/catalog-lists.js';
import { CATEGORY_PATH, PRODUCT_OFFERING_PATH, PRODUCT_OFFERING_PRICE_PATH, PRODUCT_SPECIFICATION_PATH } from '../shared/catalog-paths.js';
import { OfferingLinksRepository } from './offering-links.repository.js';
import { ProductOfferingBundle, ProductOfferingCategory, ProductOfferingPriceLink } from './product-offering-links.entity.js';
import type { CreateProductOfferingDto, ProductOfferingView, UpdateProductOfferingDto } from './product-offering.dto.js';
import { ProductOffering } from './product-offering.entity.js';

export const PRODUCT_OFFERING: CatalogKind<ProductOffering> = {
  resource: 'ProductOffering',
  type: 'productOffering',
  label: 'Product offering',
  path: PRODUCT_OFFERING_PATH,
  entity: ProductOffering,
  notFound: CATALOG_ERRORS.PRODUCT_OFFERING_NOT_FOUND,
  process: catalogLifecycle('productOffering', 'ProductOffering'),
  list: catalogList({ isBundle: { column: 'e.is_bundle', type: 'boolean' }, isSellable: { column: 'e.is_sellable', type: 'boolean' } }, [
    'productSpecification',
    'productOfferingPrice',
    'bundledProductOffering',
    'category',
  ]),
};

type OfferingInput = CreateProductOfferingDto | UpdateProductOfferingDto;

/** The links an offering's write makes; `priceIds` are its prices after it (what a launch checks). */
interface OfferingPlan extends LinkPlan {
  priceIds: number[];
}

const same = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const sameSet = (a: number[], b: number[]) =>
  same(
    [...a].sort((x, y) => x - y),
    [...b].sort((x, y) => x - y),
  );

/**
 * TMF620 product offerings: a specification sold at prices, in categories; a bundle sells other
 * (simple) offerings together. Links are checked (422 naming the field), kept in link tables and
 * change the offering's version (and the ETag shops revalidate with). Only a launched offering is
 * sold (OfferingCatalog), and it is launched only with a specification and prices still selling.
 */
@Injectable()
export class ProductOfferingService extends CatalogEntryService<
  ProductOffering,
  ProductOfferingView,
  CreateProductOfferingDto,
  UpdateProductOfferingDto,
  OfferingPlan
> {
  constructor(
    kit: CatalogKit,
    private readonly links: OfferingLinksRepository,
    private readonly db: Database,
  ) {
    super(kit, PRODUCT_OFFERING);
  }

  protected async valuesOf(input: OfferingInput, current: ProductOffering | null): Promise<Partial<ProductOffering>> {
    const members = input.bundledProductOffering;
    const isBundle = input.isBundle ?? (members !== undefined ? members.length > 0 : (current?.isBundle ?? false));
    if (!isBundle && (members?.length ?? 0) > 0)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'isBundle is false but bundledProductOffering names offerings', [
        { field: 'isBundle', message: 'must be true when bundledProductOffering is not empty' },
      ]);
    const spec = input.productSpecification;
    const specificationId = spec
      ? (
          await this.kit.entries.resolve(
            ProductSpecification,
            [spec],
            'productSpecification.id',
            CATALOG_ERRORS.PRODUCT_SPECIFICATION_NOT_FOUND,
            'Product specification',
          )
        )[0]
      : patched(spec === null ? null : undefined, current?.productSpecificationId ?? null);
    return { isBundle, isSellable: input.isSellable ?? current?.isSellable ?? true, productSpecificationId: specificationId };
  }

  protected override async planLinks(id: number, input: OfferingInput, fresh: boolean): Promise<OfferingPlan> {
    const stored = (links: Promise<{ id: number }[]>) => (fresh ? Promise.resolve([]) : links.then((rows) => rows.map((r) => r.id)));
    const [oldPrices, oldMembers, oldCategories] = await Promise.all([
      stored(this.links.pricesOf([id])),
      stored(this.links.bundledOf([id])),
      stored(this.links.categoriesOfOfferings([id])),
    ]);
    const prices = input.productOfferingPrice
      ? await this.kit.entries.resolve(
          ProductOfferingPrice,
          input.productOfferingPrice,
          'productOfferingPrice.id',
          CATALOG_ERRORS.PRODUCT_OFFERING_PRICE_NOT_FOUND,
          'Product offering price',
        )
      : oldPrices;
    const members = input.bundledProductOffering ? await this.members(id, input.bundledProductOffering) : oldMembers;
    if (input.category) await this.kit.entries.lockForTouch(ProductCategory, [...oldCategories, ...input.category.map((ref) => ref.id)]);
    const categories = input.category
      ? await this.kit.entries.resolve(ProductCategory, input.category, 'category.id', CATALOG_ERRORS.CATEGORY_NOT_FOUND, 'Category')
      : oldCategories;
    const pricesChanged = !same(prices, oldPrices);
    const membersChanged = !same(members, oldMembers);
    const categoriesChanged = !sameSet(categories, oldCategories);
    return {
      priceIds: prices,
      changed: pricesChanged || membersChanged || categoriesChanged,
      apply: async () => {
        const replace = <L extends object>(link: new () => L, rows: L[]) =>
          replaceChildRows(this.db.repository(link), { offeringId: id } as never, rows as never, { fresh });
        if (pricesChanged)
          await replace(
            ProductOfferingPriceLink,
            prices.map((priceId, position) => ({ offeringId: id, priceId, position })),
          );
        if (membersChanged)
          await replace(
            ProductOfferingBundle,
            members.map((bundledOfferingId, position) => ({ offeringId: id, bundledOfferingId, position })),
          );
        if (categoriesChanged) {
          await replace(
            ProductOfferingCategory,
            categories.map((categoryId) => ({ offeringId: id, categoryId })),
          );
          // A category shows its offerings: its ETag moves with them.
          const touched = [
            ...categories.filter((c) => !oldCategories.includes(c)),
            ...oldCategories.filter((c) => !categories.includes(c)),
          ];
          await this.kit.entries.touch(ProductCategory, touched, this.kit.clock.now());
        }
      },
    };
  }

  protected override async beforeLaunch(row: ProductOffering, plan: OfferingPlan): Promise<void> {
    const { specification, prices } = await this.links.launchNeeds(row.productSpecificationId, plan.priceIds);
    const gone = [
      ...(specification && ['retired', 'obsolete'].includes(specification.lifecycleStatus)
        ? [`specification ${specification.id} (${specification.name}) is ${specification.lifecycleStatus}`]
        : []),
      ...prices
        .filter((p) => ['retired', 'obsolete'].includes(p.lifecycleStatus))
        .map((p) => `price ${p.id} (${p.name}) is ${p.lifecycleStatus}`),
    ];
    if (gone.length)
      throw conflict(
        CATALOG_ERRORS.OFFERING_NOT_LAUNCHABLE,
        `Product offering ${row.id} (${row.name}) cannot be launched: its ${gone.join('; its ')}`,
        {
          lifecycleStatus: row.lifecycleStatus,
        },
      );
  }

  protected override async usedBy(id: number, purpose: UsePurpose): Promise<Reference[]> {
    const bundles = await this.links.bundlesOf(id, purpose);
    return purpose === 'delete' ? [bundles, await this.links.categoriesListing(id)] : [bundles];
  }

  protected override async removeLinks(id: number): Promise<void> {
    await this.db.repository(ProductOfferingPriceLink).delete({ offeringId: id });
    await this.db.repository(ProductOfferingBundle).delete({ offeringId: id });
  }

  protected async toViews(rows: ProductOffering[], baseUrl: string, fields: string[] | null): Promise<ProductOfferingView[]> {
    const ids = rows.map((row) => row.id);
    const specIds = [...new Set(rows.map((row) => row.productSpecificationId).filter((id): id is number => id !== null))];
    const [specs, prices, members, categories] = await Promise.all([
      wants(fields, 'productSpecification') ? this.kit.entries.summaries(ProductSpecification, specIds) : [],
      wants(fields, 'productOfferingPrice') ? this.links.pricesOf(ids) : [],
      wants(fields, 'bundledProductOffering') ? this.links.bundledOf(rows.filter((row) => row.isBundle).map((row) => row.id)) : [],
      wants(fields, 'category') ? this.links.categoriesOfOfferings(ids) : [],
    ]);
    const specById = new Map(specs.map((spec) => [spec.id, spec]));
    const [priceBy, memberBy, categoryBy] = [prices, members, categories].map((links) => groupBy(links, (link) => link.ownerId));
    return rows.map((row) => {
      const spec = row.productSpecificationId === null ? undefined : specById.get(row.productSpecificationId);
      return {
        ...catalogEntryBody(row, PRODUCT_OFFERING_PATH, baseUrl),
        isBundle: row.isBundle,
        isSellable: row.isSellable,
        productSpecification: spec ? catalogRef(spec, PRODUCT_SPECIFICATION_PATH, 'ProductSpecification', baseUrl) : null,
        productOfferingPrice: (priceBy.get(row.id) ?? []).map((p) =>
          catalogRef(p, PRODUCT_OFFERING_PRICE_PATH, 'ProductOfferingPrice', baseUrl),
        ),
        bundledProductOffering: (memberBy.get(row.id) ?? []).map((o) => catalogRef(o, PRODUCT_OFFERING_PATH, 'ProductOffering', baseUrl)),
        category: (categoryBy.get(row.id) ?? []).map((c) => catalogRef(c, CATEGORY_PATH, 'Category', baseUrl)),
        '@type': 'ProductOffering',
      };
    });
  }

  /** Bundle members: existing offerings that are not bundles, and not this one; a member of a bundle cannot become one. */
  private async members(id: number, refs: ResourceRefDto[]): Promise<number[]> {
    const ids = await this.kit.entries.resolve(
      ProductOffering,
      refs,
      'bundledProductOffering.id',
      CATALOG_ERRORS.PRODUCT_OFFERING_NOT_FOUND,
      'Product offering',
    );
    if (!ids.length) return ids;
    const tooDeep = async () => {
      if (ids.includes(id)) return `product offering ${id} cannot contain itself`;
      const bundles = (await this.db.repository(ProductOffering).findBy(ids.map((memberId) => ({ id: memberId, isBundle: true })))).map(
        (o) => o.id,
      );
      if (bundles.length) return `product offering(s) ${bundles.join(', ')} are bundles themselves`;
      const containing = await this.links.bundlesContaining([id]);
      if (containing.length) return `product offering ${id} is itself inside bundle ${containing.map((b) => b.id).join(', ')}`;
      return null;
    };
    const problem = await tooDeep();
    if (problem)
      throw unprocessable(CATALOG_ERRORS.BUNDLE_TOO_DEEP, `Bundles are one level deep: ${problem}`, [
        { field: 'bundledProductOffering.id', message: 'must name offerings that are not bundles (bundles are one level deep)' },
      ]);
    return ids;
  }
}
