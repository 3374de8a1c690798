import { tmfHref, tmfRef } from '@contactly/platform';
import { billingAccountRef, offeringRef, productPriceOf } from '../product/product.mapper.js';
import { CUSTOMER_PATH, PRODUCT_PATH } from '../product/product-paths.js';
import type { Subscription } from '../product/subscription.entity.js';

/**
 * The event a renewal records: `ProductRenewEvent` (TMF-style, not in TMF637, which has no renewal),
 * one per subscription and period, with the period that started and the price it is charged at —
 * what the billing lib turns into an invoice line. Its body is the product as the job knows it
 * (no customer name or numbers: the job reads no other lib per row).
 */
export const PRODUCT_RENEW_EVENT = 'ProductRenewEvent';

/** The product as the renewal job records it in its events (ProductRenewEvent, ProductStateChangeEvent). */
export function renewalSnapshot(s: Subscription, baseUrl: string) {
  return {
    id: String(s.id),
    href: tmfHref(baseUrl, PRODUCT_PATH, s.id),
    name: s.name,
    status: s.status,
    startDate: s.startDate.toISOString(),
    terminationDate: s.terminationDate?.toISOString() ?? null,
    productOffering: offeringRef(s, baseUrl),
    productPrice: [productPriceOf(s, baseUrl)],
    billingAccount: billingAccountRef(s, baseUrl),
    relatedParty: [
      tmfRef({ id: s.customerId, href: tmfHref(baseUrl, CUSTOMER_PATH, s.customerId), name: '', role: 'customer', referredType: 'Customer' }),
    ],
    autoRenew: s.autoRenew,
    periodNumber: s.periodNumber,
    currentPeriod: { startDateTime: s.currentPeriodStart.toISOString(), endDateTime: s.currentPeriodEnd.toISOString() },
    '@type': 'Product',
  };
}
