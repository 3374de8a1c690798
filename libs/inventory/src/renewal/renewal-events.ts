import { fromMinorUnits, tmfHref } from '@contactly/platform';
import { recurringChargePeriod } from '../product/product.mapper.js';
import { PRODUCT_PATH } from '../product/product-paths.js';
import type { Subscription } from '../product/subscription.entity.js';

/**
 * The event a renewal records: `ProductRenewEvent` (TMF-style, not in TMF637, which has no renewal),
 * one per subscription and period, with the period that started and the price it is charged at —
 * what the billing lib turns into an invoice line. Its body is the product as the job knows it
 * (no customer name or numbers: the job reads no other lib per row).
 */
export const PRODUCT_RENEW_EVENT = 'ProductRenewEvent';

/**
 * The product as the renewal job records it in its events (ProductRenewEvent, ProductStateChangeEvent):
 * what billing needs, references by id (their hrefs are the API's to build), kept small because a
 * run writes one per subscription — 100,000 at a time.
 */
export function renewalSnapshot(s: Subscription, baseUrl: string) {
  return {
    id: String(s.id),
    href: tmfHref(baseUrl, PRODUCT_PATH, s.id),
    status: s.status,
    terminationDate: s.terminationDate?.toISOString() ?? null,
    productOffering: { id: String(s.offeringId), name: s.offeringName, '@referredType': 'ProductOffering' },
    productPrice: [
      {
        priceType: 'recurring',
        recurringChargePeriod: recurringChargePeriod(s),
        price: { taxIncludedAmount: fromMinorUnits(s.priceAmountMinor, s.currency) },
        productOfferingPrice: { id: String(s.priceId), '@referredType': 'ProductOfferingPrice' },
      },
    ],
    billingAccount: { id: String(s.billingAccountId), '@referredType': 'BillingAccount' },
    relatedParty: [{ id: String(s.customerId), role: 'customer', '@referredType': 'Customer' }],
    autoRenew: s.autoRenew,
    periodNumber: s.periodNumber,
    currentPeriod: { startDateTime: s.currentPeriodStart.toISOString(), endDateTime: s.currentPeriodEnd.toISOString() },
    '@type': 'Product',
  };
}
