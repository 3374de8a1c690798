import type { Schemas } from '../api/schema-types';
import { formatMoney } from '../catalog/money';
import { describePrice } from '../catalog/price-shape';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type ProductPrice = Schemas['ProductPriceView'];

/**
 * What a subscription costs, in the reader's words: `€19.99 / month`, `19,99 € в месяц`, `€49.00 / 3
 * months`. The API spells the period in English (`month`, `year`, `3 months`); a period it does not
 * say so is shown as it came. Without an amount, the price's name.
 */
export function subscriptionPriceText(price: ProductPrice | undefined, locale: string, translate: Translate): string {
  const amount = price?.price?.taxIncludedAmount;
  if (!amount) return price?.productOfferingPrice?.name ?? price?.name ?? '—';
  const period = /^(?:(\d+) )?(month|year)s?$/.exec(price?.recurringChargePeriod ?? '');
  if (period)
    return describePrice(
      {
        priceType: 'recurring',
        recurringChargePeriodType: period[2] as 'month' | 'year',
        recurringChargePeriodLength: Number(period[1] ?? 1),
        price: amount,
      },
      locale,
      translate,
    );
  return `${formatMoney(amount, locale)}${price?.recurringChargePeriod ? ` / ${price.recurringChargePeriod}` : ''}`;
}
