import type { QueryOf, Schemas } from '../api/schema-types';

/** The TMF620 shapes the catalog screens read and send, as the committed OpenAPI document declares them. */
export type Offering = Schemas['ProductOfferingView'];
export type OfferingPrice = Schemas['ProductOfferingPriceView'];
/** A link to another catalog entry as the API answers it. */
export type CatalogRef = Schemas['CatalogRefView'];
/** A link to another entry as the API takes it (`{id}`). */
export type RefBody = Schemas['ResourceRefDto'];
/** TMF money at the API's edge: a currency and an amount in its major unit (`{unit: 'EUR', value: 9.99}`). */
export type Money = Schemas['TmfMoneyView'];
export type LifecycleStatus = Offering['lifecycleStatus'];

export type PriceType = OfferingPrice['priceType'];
export type RecurringPeriod = NonNullable<OfferingPrice['recurringChargePeriodType']>;
/** A price's body as a create takes it; a merge patch takes the same attributes (the form edits them all). */
export type PriceBody = Schemas['CreateProductOfferingPriceDto'];

/** The filters, sort and paging the offerings list takes. */
export type OfferingQuery = QueryOf<'ProductOffering_list'>;
