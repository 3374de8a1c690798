import { Column, Entity, Index } from 'typeorm';
import { varchar } from '@contactly/platform';
import { CatalogEntityColumns } from '../shared/catalog-columns.js';
import type { PriceType, RecurringPeriod } from '../shared/catalog-kinds.js';

/**
 * TMF620 ProductOfferingPrice: a recurring charge (monthly or yearly), a one-time charge or a usage
 * rate (per `unitOfMeasure`), as integer minor units and a currency (TMF money at the edge).
 */
@Entity('product_offering_price')
@Index('idx_product_offering_price_version', ['specVersion'])
@Index('idx_product_offering_price_period', ['recurringPeriod', 'recurringPeriodLength'])
@Index('idx_product_offering_price_name', ['name'])
@Index('idx_product_offering_price_lifecycle', ['lifecycleStatus'])
@Index('idx_product_offering_price_type', ['priceType'])
@Index('idx_product_offering_price_updated_at', ['updatedAt'])
export class ProductOfferingPrice extends CatalogEntityColumns {
  @Column({ name: 'price_type', ...varchar(20) })
  priceType: PriceType;

  /** For recurring prices: the charge period (`month`, `year`) and how many of them one charge covers. */
  @Column({ name: 'recurring_period', ...varchar(10), nullable: true })
  recurringPeriod: RecurringPeriod | null;

  @Column({ name: 'recurring_period_length', type: 'integer', nullable: true })
  recurringPeriodLength: number | null;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  amountMinor: number;

  @Column({ ...varchar(3) })
  currency: string;

  /** For usage prices: what one unit is (`GB`, `minute`, `SMS`). */
  @Column({ name: 'unit_of_measure', ...varchar(30), nullable: true })
  unitOfMeasure: string | null;

  /** How many units one charge covers (`1` GB, `60` seconds); set with unitOfMeasure. */
  @Column({ name: 'unit_of_measure_amount', type: 'integer', nullable: true })
  unitOfMeasureAmount: number | null;

  /** Tax included in the amount, in percent (`20` for 20 % VAT); null when the amount is before tax. */
  @Column({
    name: 'tax_rate',
    type: 'decimal',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) },
  })
  taxRate: number | null;
}
