import type { Principal } from '@contactly/platform';

/** A number or SIM of a subscription, as its `realizingResource` shows it. */
export interface RealizingResource {
  id: number;
  kind: 'msisdn' | 'iccid';
  /** The MSISDN (E.164 digits) or the ICCID. */
  value: string;
}

/**
 * What the subscriptions need of the number inventory (both in this lib; the number side implements
 * it, the subscription side calls it, inside the caller's transaction):
 * - `assign`: the numbers move to `assigned` for the subscription — available ones, or ones reserved
 *   for this customer (or a cart of theirs); anything else is 409 NUMBER_NOT_AVAILABLE naming it;
 * - `release`: a terminated subscription's numbers go to `aging` (NUMBER_AGING_DAYS), then back to
 *   the pool by the aging job.
 */
export abstract class SubscriptionResources {
  abstract assign(subscriptionId: number, customerId: number, resourceIds: number[], actor: Principal): Promise<RealizingResource[]>;
  abstract release(subscriptionId: number, actor: Principal): Promise<void>;
  /** The resources assigned to each subscription. */
  abstract of(subscriptionIds: number[]): Promise<Map<number, RealizingResource[]>>;
}
