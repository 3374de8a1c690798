import { requestJson, requestPage } from '../api/json-request';
import type { QueryOf, Schemas } from '../api/schema-types';

export const PRODUCT_PATH = '/tmf-api/productInventory/v4/product';
const SUBSCRIPTIONS_PATH = '/api/v1/subscriptions';

/** A TMF637 product: a customer's subscription, as the committed OpenAPI document describes it. */
export type Subscription = Schemas['ProductView'];

export const subscriptionName = (subscription: Subscription) =>
  subscription.productOffering?.name ?? subscription.name ?? `#${subscription.id}`;

export const periodOf = (subscription: Pick<Subscription, 'currentPeriod' | 'startDate'>) => ({
  start: subscription.currentPeriod?.startDateTime ?? subscription.startDate,
  end: subscription.currentPeriod?.endDateTime,
});

/** The MSISDN and the ICCID a subscription uses: a logical resource is its number, a physical one its SIM. */
export function resourcesOf(subscription: Pick<Subscription, 'realizingResource'>): { number?: string; sim?: string } {
  const found: { number?: string; sim?: string } = {};
  for (const resource of subscription.realizingResource ?? []) {
    const kind = `${resource.name} ${resource['@referredType']}`.toLowerCase();
    if (kind.includes('iccid') || kind.includes('physical')) found.sim = resource.value;
    else found.number = resource.value;
  }
  return found;
}

export const subscriptionsKey = (customerId: string) => ['subscriptions', customerId] as const;

export const listSubscriptions = (customerId: string | undefined, signal?: AbortSignal) =>
  requestPage<Subscription>(
    PRODUCT_PATH,
    { ...(customerId ? { relatedPartyId: customerId } : {}), sort: '-id', limit: 100 } satisfies QueryOf<'Product_list'>,
    signal,
  );

const path = (id: string, action: string) => `${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}/${action}`;

export const cancelSubscription = async (id: string, body: Schemas['CancelSubscriptionDto']) =>
  (await requestJson<Subscription>(path(id, 'cancel'), undefined, { method: 'POST', body })).data;

/** Withdraws a scheduled cancellation (`DELETE …/cancellation`). */
export const undoCancellation = async (id: string) =>
  (await requestJson<Subscription>(path(id, 'cancellation'), undefined, { method: 'DELETE' })).data;

export const suspendSubscription = async (id: string) =>
  (await requestJson<Subscription>(path(id, 'suspend'), undefined, { method: 'POST', body: {} })).data;
export const resumeSubscription = async (id: string) =>
  (await requestJson<Subscription>(path(id, 'resume'), undefined, { method: 'POST', body: {} })).data;

export const setAutoRenew = async (id: string, autoRenew: boolean) =>
  (
    await requestJson<Subscription>(`${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}`, undefined, {
      method: 'PATCH',
      body: { autoRenew } satisfies Schemas['SubscriptionSettingsDto'],
      contentType: 'application/merge-patch+json',
    })
  ).data;

export interface NewSubscription {
  customerId: string;
  offeringId: string;
  priceId?: string;
  billingAccountId: string;
  /** Numbers (resource ids) reserved for the customer, to assign to it. */
  resourceIds: string[];
}

/** A TMF637 product for the customer: the offering at a price, billed to one of their accounts, with its number. */
export const createSubscription = async (input: NewSubscription) =>
  (
    await requestJson<Subscription>(PRODUCT_PATH, undefined, {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: {
        productOffering: { id: input.offeringId },
        ...(input.priceId ? { productPrice: [{ productOfferingPrice: { id: input.priceId } }] } : {}),
        billingAccount: { id: input.billingAccountId },
        relatedParty: [{ id: input.customerId, role: 'customer', '@referredType': 'Customer' }],
        ...(input.resourceIds.length ? { realizingResource: input.resourceIds.map((id) => ({ id })) } : {}),
      } satisfies Schemas['CreateProductDto'],
    })
  ).data;
