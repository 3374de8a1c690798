import { stringCharacteristic, tmfHref, tmfRef, fromMinorUnits } from '@contactly/platform';
import type { RealizingResource } from './subscription-resources.js';
import type { Subscription } from './subscription.entity.js';
import type { ProductView } from './dto/product.dto.js';
import {
  BILLING_ACCOUNT_PATH,
  CUSTOMER_PATH,
  PRODUCT_OFFERING_PATH,
  PRODUCT_OFFERING_PRICE_PATH,
  PRODUCT_PATH,
  RESOURCE_PATH,
} from './product-paths.js';

/** What a product view shows besides its own row: the customer's name and its numbers. */
export interface ProductContext {
  customerName: string;
  resources: RealizingResource[];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const recurringChargePeriod = (s: Pick<Subscription, 'periodUnit' | 'periodLength'>) =>
  s.periodLength === 1 ? s.periodUnit : `${s.periodLength} ${s.periodUnit}s`;

/** The price a subscription is charged at, as TMF637 ProductPrice (also the body of a renewal event). */
export function productPriceOf(s: Subscription, baseUrl: string) {
  return {
    name: s.priceName,
    priceType: 'recurring',
    recurringChargePeriod: recurringChargePeriod(s),
    price: { taxIncludedAmount: fromMinorUnits(s.priceAmountMinor, s.currency) },
    productOfferingPrice: tmfRef({
      id: s.priceId,
      href: tmfHref(baseUrl, PRODUCT_OFFERING_PRICE_PATH, s.priceId),
      name: s.priceName,
      referredType: 'ProductOfferingPrice',
    }),
    '@type': 'ProductPrice',
  };
}

export const offeringRef = (s: Subscription, baseUrl: string) =>
  tmfRef({
    id: s.offeringId,
    href: tmfHref(baseUrl, PRODUCT_OFFERING_PATH, s.offeringId),
    name: s.offeringName,
    referredType: 'ProductOffering',
  });

export const billingAccountRef = (s: Subscription, baseUrl: string) => ({
  id: String(s.billingAccountId),
  href: tmfHref(baseUrl, BILLING_ACCOUNT_PATH, s.billingAccountId),
  '@referredType': 'BillingAccount',
});

export function toProductView(s: Subscription, context: ProductContext, baseUrl: string): ProductView {
  const cancellation =
    s.cancelAt || s.cancelReason || s.cancelRequestedAt
      ? {
          effectiveDate: iso(s.cancelAt),
          reason: s.cancelReason,
          comment: s.cancelComment,
          requestedBy: s.cancelRequestedBy,
          requestedAt: iso(s.cancelRequestedAt),
        }
      : null;
  return {
    id: String(s.id),
    href: tmfHref(baseUrl, PRODUCT_PATH, s.id),
    name: s.name,
    status: s.status,
    isBundle: s.isBundle,
    startDate: s.startDate.toISOString(),
    terminationDate: iso(s.terminationDate ?? (s.status === 'pendingTerminate' ? s.cancelAt : null)),
    productOffering: offeringRef(s, baseUrl),
    productPrice: [productPriceOf(s, baseUrl)],
    billingAccount: billingAccountRef(s, baseUrl),
    relatedParty: [
      tmfRef({
        id: s.customerId,
        href: tmfHref(baseUrl, CUSTOMER_PATH, s.customerId),
        name: context.customerName,
        role: 'customer',
        referredType: 'Customer',
      }),
    ],
    realizingResource: context.resources.map((r) => ({
      id: String(r.id),
      href: tmfHref(baseUrl, RESOURCE_PATH, r.id),
      name: r.kind,
      value: r.value,
      '@referredType': r.kind === 'msisdn' ? 'LogicalResource' : 'PhysicalResource',
    })),
    productCharacteristic: [{ ...stringCharacteristic('autoRenew', String(s.autoRenew)), valueType: 'boolean' }],
    autoRenew: s.autoRenew,
    currentPeriod: { startDateTime: s.currentPeriodStart.toISOString(), endDateTime: s.currentPeriodEnd.toISOString() },
    periodNumber: s.periodNumber,
    cancellation,
    suspendedAt: iso(s.suspendedAt),
    lastModified: s.updatedAt.toISOString(),
    '@type': 'Product',
  };
}
