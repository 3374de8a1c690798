import { defineProcess, forbidden, type Principal } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { PRODUCT_STATUSES, type ProductStatus } from './subscription.entity.js';

/** Statuses a subscription may be created in (`active` unless asked otherwise). */
export const INITIAL_PRODUCT_STATUSES = ['created', 'pendingActive', 'active'] as const satisfies readonly ProductStatus[];
/** Statuses it never leaves; the subscription is over (and its numbers went to aging). */
export const ENDED_PRODUCT_STATUSES = ['terminated', 'cancelled', 'aborted'] as const satisfies readonly ProductStatus[];
/** Statuses that hold on to an offering and its price (the catalog may not retire or delete them). */
export const LIVE_PRODUCT_STATUSES = PRODUCT_STATUSES.filter((s) => !(ENDED_PRODUCT_STATUSES as readonly string[]).includes(s));

/**
 * The life of a subscription (TMF637 product status):
 * - created → pendingActive → active (or created → active); before it is active it can be
 *   cancelled (the customer withdrew) or aborted (it could not be provided);
 * - active ⇄ suspended (the operator's decision: a subscriber cannot suspend or resume);
 * - active|suspended → pendingTerminate: a cancellation at period end is scheduled; undoing it
 *   goes back to where it was (active, or suspended when it was suspended); at period end → terminated;
 * - active|suspended|pendingTerminate → terminated: a cancellation now;
 * - terminated, cancelled and aborted are final.
 */
export const subscriptionProcess = defineProcess<ProductStatus, { actor: Principal }>({
  name: 'product',
  resource: 'Product',
  states: PRODUCT_STATUSES,
  initial: INITIAL_PRODUCT_STATUSES,
  terminal: ENDED_PRODUCT_STATUSES,
  transitions: {
    created: ['pendingActive', 'active', 'cancelled', 'aborted'],
    pendingActive: ['active', 'cancelled', 'aborted'],
    active: ['suspended', 'pendingTerminate', 'terminated'],
    suspended: ['active', 'pendingTerminate', 'terminated'],
    pendingTerminate: ['active', 'suspended', 'terminated'],
  },
  guards: [
    {
      // Back to suspended from pendingTerminate is undoing a cancellation, which subscribers may.
      from: 'active',
      to: 'suspended',
      check: (_, { actor }) => refuseSubscriber(actor, 'suspend'),
    },
    {
      from: 'suspended',
      to: 'active',
      check: (_, { actor }) => refuseSubscriber(actor, 'resume'),
    },
    {
      from: ['created', 'pendingActive'],
      to: ['pendingActive', 'active', 'aborted'],
      check: (_, { actor }) => refuseSubscriber(actor, 'activate or abort'),
    },
  ],
});

function refuseSubscriber(actor: Principal, what: string): void {
  if (actor.kind === 'customer')
    throw forbidden(INVENTORY_ERRORS.STATUS_CHANGE_NOT_ALLOWED, `A subscriber cannot ${what} a subscription: ask customer service`);
}

export const isEnded = (status: ProductStatus) => (ENDED_PRODUCT_STATUSES as readonly string[]).includes(status);
