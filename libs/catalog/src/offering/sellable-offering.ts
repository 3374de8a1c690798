import type { Money } from '@contactly/platform';
import type { PriceType, RecurringPeriod, ResourceKind } from '../shared/catalog-kinds.js';

/** A price of a sellable offering, as the libs that sell it (inventory, ordering, billing) need it. */
export interface SellablePrice {
  id: number;
  name: string;
  priceType: PriceType;
  recurringPeriod: RecurringPeriod | null;
  recurringPeriodLength: number | null;
  /** Minor units and currency (`{ unit: 'EUR', value: 19.99 }` at the edge). */
  amountMinor: number;
  currency: string;
  price: Money;
  unitOfMeasure: string | null;
  taxRate: number | null;
}

/**
 * A launched offering that can be sold now, with what selling it involves: its prices, the
 * resources its products need (an MSISDN, a SIM) and, for a bundle, its bundled offerings.
 */
export interface SellableOffering {
  id: number;
  name: string;
  isBundle: boolean;
  productSpecification: { id: number; name: string } | null;
  resourceKinds: ResourceKind[];
  prices: SellablePrice[];
  bundled: Omit<SellableOffering, 'bundled'>[];
}
