import { conflict, forbidden, invalid, PLATFORM_ERRORS, type Principal } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import type { CancellationReason, CancellationTime } from './dto/subscription-actions.dto.js';
import { isEnded } from './subscription-process.js';
import type { ProductStatus, Subscription } from './subscription.entity.js';
import { periodOf } from './subscription-term.js';

/** A change of status asked for (by the API or TMF PATCH), with what it needs. */
export type StatusRequest =
  | { kind: 'cancel'; when: CancellationTime; reason: CancellationReason | null; comment: string | null }
  | { kind: 'undoCancellation' }
  | { kind: 'suspend'; reason: string | null }
  | { kind: 'resume' }
  | { kind: 'move'; to: ProductStatus };

/** The status the request leads to and the columns it sets besides `status`. */
export interface PlannedMove {
  to: ProductStatus;
  changes: Partial<Subscription>;
  reason: string | null;
}

const CLEARED_CANCELLATION = {
  cancelAt: null,
  cancelReason: null,
  cancelComment: null,
  cancelRequestedBy: null,
  cancelRequestedAt: null,
} as const;

/** `comment` is required with reason `other` (the reason is then the comment); 400 naming it. */
export function assertCancellationComment(reason: CancellationReason | null, comment: string | null): void {
  if (reason === 'other' && !comment)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'comment is required when the reason is other', [
      { field: 'comment', message: 'must say why when the reason is other' },
    ]);
}

/**
 * What a request does to a subscription, decided from where it stands; the declared process then
 * checks the move itself (409 naming from, to and allowed). Ended subscriptions cannot be cancelled
 * (409 SUBSCRIPTION_ALREADY_ENDED).
 */
export function planMove(s: Subscription, request: StatusRequest, actor: Principal, now: Date): PlannedMove {
  switch (request.kind) {
    case 'cancel': {
      if (isEnded(s.status))
        throw conflict(INVENTORY_ERRORS.SUBSCRIPTION_ALREADY_ENDED, `Subscription ${s.id} is ${s.status} already`, { status: s.status });
      const asked = {
        cancelReason: request.reason,
        cancelComment: request.comment,
        cancelRequestedBy: actor.username.slice(0, 100),
        cancelRequestedAt: now,
      };
      // Before it started there is no period to wait for: it is cancelled at once.
      if (s.status === 'created' || s.status === 'pendingActive')
        return { to: 'cancelled', changes: { ...asked, terminationDate: now }, reason: request.reason };
      if (request.when === 'now')
        return { to: 'terminated', changes: { ...asked, cancelAt: null, terminationDate: now }, reason: request.reason };
      if (s.status === 'pendingTerminate')
        throw conflict(
          INVENTORY_ERRORS.CANCELLATION_ALREADY_SCHEDULED,
          `Subscription ${s.id} ends on ${s.cancelAt?.toISOString()} already: undo that cancellation to change it`,
          { cancelAt: s.cancelAt?.toISOString() },
        );
      return { to: 'pendingTerminate', changes: { ...asked, cancelAt: s.currentPeriodEnd }, reason: request.reason };
    }
    case 'undoCancellation': {
      if (isEnded(s.status))
        throw conflict(INVENTORY_ERRORS.SUBSCRIPTION_ALREADY_ENDED, `Subscription ${s.id} is ${s.status}: its cancellation took effect`, {
          status: s.status,
        });
      if (s.status !== 'pendingTerminate')
        throw conflict(INVENTORY_ERRORS.NO_CANCELLATION_SCHEDULED, `Subscription ${s.id} has no scheduled cancellation to undo`, {
          status: s.status,
        });
      // Back to where it was: a subscription suspended when its cancellation was scheduled stays suspended.
      return { to: s.suspendedAt ? 'suspended' : 'active', changes: CLEARED_CANCELLATION, reason: 'cancellation undone' };
    }
    case 'suspend':
      refuseSubscriber(actor, 'suspend');
      if (s.status === 'pendingTerminate')
        throw conflict(
          INVENTORY_ERRORS.CANCELLATION_ALREADY_SCHEDULED,
          `Subscription ${s.id} ends at the end of its period: cancel it now, or undo the cancellation before suspending it`,
        );
      return { to: 'suspended', changes: { suspendedAt: now, suspensionReason: request.reason }, reason: request.reason };
    case 'resume':
      refuseSubscriber(actor, 'resume');
      return {
        to: s.status === 'pendingTerminate' ? s.status : 'active',
        changes: { suspendedAt: null, suspensionReason: null },
        reason: 'resumed',
      };
    case 'move':
      return planPlainMove(s, request.to, actor, now);
  }
}

/** A TMF PATCH of `status`: the same requests as the API's actions, chosen from the target. */
export function requestFor(s: Subscription, to: ProductStatus): StatusRequest {
  if (to === 'terminated') return { kind: 'cancel', when: 'now', reason: null, comment: null };
  if (to === 'pendingTerminate') return { kind: 'cancel', when: 'periodEnd', reason: null, comment: null };
  if (to === 'suspended') return { kind: 'suspend', reason: null };
  if (to === 'active' && s.status === 'suspended') return { kind: 'resume' };
  return { kind: 'move', to };
}

function planPlainMove(s: Subscription, to: ProductStatus, actor: Principal, now: Date): PlannedMove {
  if (to === 'active' && s.status === 'pendingTerminate') {
    // Staff undo the cancellation and lift a suspension at once; a subscriber only undoes (see undoCancellation).
    if (s.suspendedAt) refuseSubscriber(actor, 'resume');
    return { to, changes: { ...CLEARED_CANCELLATION, suspendedAt: null, suspensionReason: null }, reason: 'cancellation undone' };
  }
  if (to === 'cancelled' || to === 'aborted') return { to, changes: { terminationDate: now }, reason: null };
  if (to === 'active' && (s.status === 'created' || s.status === 'pendingActive')) {
    // The term starts when the service does: billing the months it waited to be activated would charge for nothing.
    const first = periodOf(now, s.periodUnit, s.periodLength, 1);
    return {
      to,
      changes: { startDate: now, currentPeriodStart: first.start, currentPeriodEnd: first.end, periodNumber: 1 },
      reason: 'activated',
    };
  }
  return { to, changes: {}, reason: null };
}

function refuseSubscriber(actor: Principal, what: string): void {
  if (actor.kind === 'customer')
    throw forbidden(INVENTORY_ERRORS.STATUS_CHANGE_NOT_ALLOWED, `A subscriber cannot ${what} a subscription: ask customer service`);
}
