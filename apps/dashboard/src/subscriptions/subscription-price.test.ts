import { describe, expect, it } from 'vitest';
import { subscriptionPriceText } from './subscription-price';

const translate = (_key: string, options: Record<string, unknown> = {}) => {
  const forms = String(options._).split(' |||| ');
  const form = forms.length > 1 && options.smart_count !== 1 ? forms[1] : forms[0];
  return form.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));
};
const price = (recurringChargePeriod: string) => ({
  name: 'Monthly fee',
  priceType: recurringChargePeriod ? 'recurring' : 'oneTime',
  recurringChargePeriod,
  price: { taxIncludedAmount: { unit: 'EUR', value: 19.99 } },
  productOfferingPrice: {
    id: '4',
    href: 'http://localhost/tmf-api/productCatalogManagement/v4/productOfferingPrice/4',
    name: 'Monthly fee',
    '@referredType': 'ProductOfferingPrice',
  },
  '@type': 'ProductPrice',
});

describe('a subscription’s price', () => {
  it('says its period in words, as the catalog does', () => {
    expect(subscriptionPriceText(price('month'), 'en', translate)).toBe('€19.99 / month');
    expect(subscriptionPriceText(price('3 months'), 'en', translate)).toBe('€19.99 / 3 months');
    expect(subscriptionPriceText(price('year'), 'en', translate)).toBe('€19.99 / year');
  });

  it('keeps what it cannot say: an unknown period, a one-time price, no amount', () => {
    expect(subscriptionPriceText(price('week'), 'en', translate)).toBe('€19.99 / week');
    expect(subscriptionPriceText(price(''), 'en', translate)).toBe('€19.99');
    expect(subscriptionPriceText({ ...price('month'), price: undefined as never }, 'en', translate)).toBe('Monthly fee');
    expect(subscriptionPriceText(undefined, 'en', translate)).toBe('—');
  });
});
