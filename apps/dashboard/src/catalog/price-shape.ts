import { allOf } from '../api/schema-types';
import type { Money, OfferingPrice, PriceBody, PriceType, RecurringPeriod } from './catalog-types';
import { formatMoney, majorToMinor, minorToMajor } from './money';

export type { OfferingPrice, PriceType, RecurringPeriod };
export const PRICE_TYPES = allOf<PriceType>()(['recurring', 'oneTime', 'usage']);
export const RECURRING_PERIODS = allOf<RecurringPeriod>()(['month', 'year']);

/** A TMF620 ProductOfferingPrice as far as the texts and the form read it: its kind, the rest where present. */
type PriceFields = Pick<OfferingPrice, 'priceType'> & Partial<OfferingPrice>;

/** The amount of a price (TMF money). */
export const priceAmount = (price: Partial<Pick<OfferingPrice, 'price'>>): Money | undefined => price.price ?? undefined;

/** What a price costs in words: `€9.99 / month`, `€99.00 / 12 months`, `€0.10 per GB`, `€25.00 once`. */
export function describePrice(
  price: PriceFields,
  locale: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const amount = formatMoney(priceAmount(price), locale);
  const K = 'contactly.catalog.price_text';
  if (price.priceType === 'recurring') {
    const period = price.recurringChargePeriodType ?? 'month';
    const length = price.recurringChargePeriodLength ?? 1;
    return translate(`${K}.${period}`, {
      amount,
      smart_count: length,
      _:
        period === 'year'
          ? '%{amount} / year |||| %{amount} / %{smart_count} years'
          : '%{amount} / month |||| %{amount} / %{smart_count} months',
    });
  }
  if (price.priceType === 'usage')
    return translate(`${K}.usage`, { amount, unit: price.unitOfMeasure?.units ?? '', _: '%{amount} per %{unit}' });
  return translate(`${K}.oneTime`, { amount, _: '%{amount} once' });
}

/** The price form's values: the amount typed in euros (`amountEuros`), kept as cents until sent. */
export interface PriceFormValues {
  name: string;
  description?: string | null;
  priceType: PriceType;
  recurringChargePeriodType?: RecurringPeriod | null;
  recurringChargePeriodLength?: number | null;
  unit?: string | null;
  amountMinor: number;
  taxRate?: number | null;
}

/**
 * The form's values as the TMF body: money in its major unit; the period only for recurring prices
 * and the unit only for usage (null otherwise, so a merge patch that changes the kind clears them);
 * the tax the amount includes as one VAT item.
 */
export function priceBody(values: PriceFormValues): PriceBody {
  const recurring = values.priceType === 'recurring';
  return {
    name: values.name,
    ...(values.description ? { description: values.description } : {}),
    priceType: values.priceType,
    recurringChargePeriodType: recurring ? (values.recurringChargePeriodType ?? 'month') : null,
    recurringChargePeriodLength: recurring ? (values.recurringChargePeriodLength ?? 1) : null,
    unitOfMeasure: values.priceType === 'usage' ? { amount: 1, units: values.unit ?? '' } : null,
    price: { unit: 'EUR', value: minorToMajor(values.amountMinor) },
    tax: typeof values.taxRate === 'number' ? [{ taxCategory: 'VAT', taxRate: values.taxRate }] : null,
  };
}

/** A price as the form edits it (cents from the TMF money). */
export function priceFormValues(price: PriceFields & Pick<OfferingPrice, 'name'>): PriceFormValues {
  const amount = priceAmount(price);
  return {
    name: price.name,
    description: price.description ?? null,
    priceType: price.priceType,
    recurringChargePeriodType: price.recurringChargePeriodType ?? null,
    recurringChargePeriodLength: price.recurringChargePeriodLength ?? null,
    unit: price.unitOfMeasure?.units ?? null,
    amountMinor: amount ? majorToMinor(amount.value) : 0,
    taxRate: price.tax?.[0]?.taxRate ?? null,
  };
}
