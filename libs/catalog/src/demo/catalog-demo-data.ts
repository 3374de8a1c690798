import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Database, LeaseService, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { ProductCatalogService } from '../catalog/product-catalog.service.js';
import { ProductCategoryService } from '../category/product-category.service.js';
import { ProductOffering } from '../offering/product-offering.entity.js';
import { ProductOfferingService } from '../offering/product-offering.service.js';
import { ProductOfferingPriceService } from '../price/product-offering-price.service.js';
import type { LifecycleStatus } from '../shared/lifecycle-status.js';
import { ProductSpecificationService } from '../specification/product-specification.service.js';
import { DEMO_CATALOGS, DEMO_CATEGORIES, DEMO_OFFERINGS, DEMO_PRICES, DEMO_SPECIFICATIONS } from './demo-catalog.js';

const ref = (ids: Map<string, string>, key: string) => ({ id: ids.get(key)! });

/**
 * The demo catalog for a newcomer's first start (SEED_DEMO_DATA), into a database without
 * offerings, under a lease so that one of several instances seeds it. Entered through the
 * catalog's own services, as a product manager would: every entry has its events and history.
 * Retired entries are created launched and then retired, as they lived.
 */
@Injectable()
export class CatalogDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(CatalogDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly db: Database,
    private readonly lease: LeaseService,
    private readonly specifications: ProductSpecificationService,
    private readonly prices: ProductOfferingPriceService,
    private readonly offerings: ProductOfferingService,
    private readonly categories: ProductCategoryService,
    private readonly catalogs: ProductCatalogService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    await this.lease.runExclusive('catalog-demo-data', 120_000, () => this.seed());
  }

  async seed(): Promise<void> {
    if (await this.db.repository(ProductOffering).exists()) return;
    const base = this.config.publicUrl ?? '';
    const actor = SYSTEM_PRINCIPAL;
    const retire: (() => Promise<unknown>)[] = [];
    const statusOf = (status: LifecycleStatus | undefined) => (status === 'retired' || !status ? 'launched' : status);
    await this.db.transaction(async () => {
      const specs = new Map<string, string>();
      for (const spec of DEMO_SPECIFICATIONS) {
        const { body } = await this.specifications.create(
          {
            name: spec.name,
            brand: 'Contactly',
            productNumber: spec.productNumber,
            version: '1.0',
            lifecycleStatus: statusOf(spec.status),
            resourceSpecification: spec.resources.map((id) => ({ id })),
            productSpecCharacteristic: (spec.characteristics ?? []).map((c) => ({
              name: c.name,
              valueType: c.valueType,
              productSpecCharacteristicValue: c.values.map((value) => ({
                value,
                ...(c.unit ? { unitOfMeasure: c.unit } : {}),
                isDefault: true,
              })),
            })),
          },
          actor,
          base,
        );
        specs.set(spec.key, body.id);
        if (spec.status === 'retired') retire.push(() => this.retire(this.specifications, body.id));
      }
      const prices = new Map<string, string>();
      for (const price of DEMO_PRICES) {
        const { body } = await this.prices.create(
          {
            name: price.name,
            priceType: price.priceType,
            price: { unit: 'EUR', value: price.value },
            lifecycleStatus: statusOf(price.status),
            tax: [{ taxCategory: 'VAT', taxRate: 20 }],
            ...(price.period ? { recurringChargePeriodType: price.period, recurringChargePeriodLength: 1 } : {}),
            ...(price.unit ? { unitOfMeasure: { amount: 1, units: price.unit } } : {}),
          },
          actor,
          base,
        );
        prices.set(price.key, body.id);
        if (price.status === 'retired') retire.push(() => this.retire(this.prices, body.id));
      }
      const categories = new Map<string, string>();
      for (const name of DEMO_CATEGORIES)
        categories.set(name, (await this.categories.create({ name, lifecycleStatus: 'launched' }, actor, base)).body.id);
      const offerings = new Map<string, string>();
      for (const offering of DEMO_OFFERINGS) {
        const { body } = await this.offerings.create(
          {
            name: offering.name,
            description: offering.description,
            version: '1.0',
            lifecycleStatus: statusOf(offering.status),
            productSpecification: ref(specs, offering.spec),
            productOfferingPrice: offering.prices.map((key) => ref(prices, key)),
            bundledProductOffering: (offering.bundled ?? []).map((key) => ref(offerings, key)),
            category: offering.categories.map((key) => ref(categories, key)),
          },
          actor,
          base,
        );
        offerings.set(offering.key, body.id);
        if (offering.status === 'retired') retire.unshift(() => this.retire(this.offerings, body.id));
      }
      for (const catalog of DEMO_CATALOGS)
        await this.catalogs.create(
          {
            name: catalog.name,
            catalogType: catalog.catalogType,
            lifecycleStatus: 'launched',
            category: catalog.categories.map((key) => ref(categories, key)),
          },
          actor,
          base,
        );
      // Offerings first: a price or specification is retired once nothing selling uses it.
      for (const move of retire) await move();
    });
    this.logger.log(
      `Seeded the demo catalog: ${DEMO_OFFERINGS.length} offerings, ${DEMO_PRICES.length} prices, ${DEMO_SPECIFICATIONS.length} specifications`,
    );
  }

  private retire(
    service: {
      update(
        id: number,
        patch: { lifecycleStatus: 'retired' },
        version: undefined,
        actor: typeof SYSTEM_PRINCIPAL,
        base: string,
      ): Promise<unknown>;
    },
    id: string,
  ) {
    return service.update(Number(id), { lifecycleStatus: 'retired' }, undefined, SYSTEM_PRINCIPAL, this.config.publicUrl ?? '');
  }
}
