import type { components } from '../api/schema';
import { allOf } from '../api/schema-types';

type Schemas = components['schemas'];
export type SubscriptionStatus = Schemas['ProductView']['status'];
export type CancelReason = Schemas['CancelSubscriptionDto']['reason'];
export type CancelWhen = Schemas['CancelSubscriptionDto']['when'];

/** TMF637's product statuses (a subscription's), as the server's declared process has them. */
export const SUBSCRIPTION_STATUSES = allOf<SubscriptionStatus>()([
  'created',
  'pendingActive',
  'active',
  'suspended',
  'pendingTerminate',
  'terminated',
  'cancelled',
  'aborted',
]);

export const STATUS_LABELS: Record<SubscriptionStatus, string> = {
  created: 'Created',
  pendingActive: 'Being activated',
  active: 'Active',
  suspended: 'Suspended',
  pendingTerminate: 'Ends at period end',
  terminated: 'Terminated',
  cancelled: 'Cancelled',
  aborted: 'Aborted',
};

export const STATUS_COLORS: Record<SubscriptionStatus, 'default' | 'success' | 'warning' | 'info' | 'error'> = {
  created: 'info',
  pendingActive: 'info',
  active: 'success',
  suspended: 'warning',
  pendingTerminate: 'warning',
  terminated: 'default',
  cancelled: 'default',
  aborted: 'error',
};

/** Why a subscription is cancelled: the server accepts exactly these. */
export const CANCEL_REASONS = allOf<CancelReason>()(['too_expensive', 'missing_features', 'switched_service', 'unused', 'moving', 'other']);

export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  too_expensive: 'Too expensive',
  missing_features: 'Missing features',
  switched_service: 'Switched to another service',
  unused: 'Not using it',
  moving: 'Moving away',
  other: 'Other',
};

export const CANCEL_WHEN = allOf<CancelWhen>()(['periodEnd', 'now']);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The reasons as a select's choices, in the reader's language and in the server's order. */
export const cancelReasonChoices = (translate: Translate) =>
  CANCEL_REASONS.map((id) => ({ id, name: translate(`contactly.subscriptions.reasons.${id}`, { _: CANCEL_REASON_LABELS[id] }) }));

export const statusLabel = (status: string, translate: Translate) =>
  translate(`contactly.subscriptions.status.${status}`, { _: STATUS_LABELS[status as SubscriptionStatus] ?? status });

export type SubscriptionAction = 'cancel' | 'undoCancel' | 'suspend' | 'resume' | 'autoRenew';

/**
 * What can be done with a subscription in `status`: a running one can be cancelled (at once or at
 * period end) and its auto-renewal changed; a scheduled cancellation can be undone until it takes
 * effect; staff suspend an active one and resume a suspended one. An ended one: nothing.
 */
export function allowedActions(status: string, staff: boolean): SubscriptionAction[] {
  switch (status) {
    case 'created':
    case 'pendingActive':
      return ['cancel'];
    case 'active':
      return staff ? ['cancel', 'autoRenew', 'suspend'] : ['cancel', 'autoRenew'];
    case 'suspended':
      return staff ? ['cancel', 'resume'] : ['cancel'];
    case 'pendingTerminate':
      return ['undoCancel'];
    default:
      return [];
  }
}

export const isEnded = (status: string) => ['terminated', 'cancelled', 'aborted'].includes(status);

/** A cancellation's comment is optional but 'other' needs words to be useful to the team reading it. */
export const commentRequired = (reason: CancelReason | '' | undefined) => reason === 'other';
