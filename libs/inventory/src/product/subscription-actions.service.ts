import { Injectable } from '@nestjs/common';
import type { Principal, Versioned } from '@contactly/platform';
import type { ProductView } from './dto/product.dto.js';
import type { CancelSubscriptionDto, SubscriptionSettingsDto, SuspendSubscriptionDto } from './dto/subscription-actions.dto.js';
import { SubscriptionChanges } from './subscription-changes.js';
import { assertCancellationComment } from './subscription-moves.js';

/**
 * The subscription actions of customer service and self-service (`/api/v1/subscriptions/{id}/…`):
 * cancel now or at period end with a reason, undo a scheduled cancellation, switch auto-renewal,
 * suspend and resume. Each is one SubscriptionChanges write (scope, If-Match, process, events).
 */
@Injectable()
export class SubscriptionActions {
  constructor(private readonly writes: SubscriptionChanges) {}

  cancel(id: number, body: CancelSubscriptionDto, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    const comment = body.comment ?? null;
    assertCancellationComment(body.reason, comment);
    return this.writes.apply(
      id,
      () => ({ status: { kind: 'cancel', when: body.when, reason: body.reason, comment } }),
      undefined,
      principal,
      baseUrl,
    );
  }

  undoCancellation(id: number, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    return this.writes.apply(id, () => ({ status: { kind: 'undoCancellation' } }), undefined, principal, baseUrl);
  }

  changeSettings(
    id: number,
    body: SubscriptionSettingsDto,
    version: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<ProductView>> {
    return this.writes.apply(id, () => ({ attributes: { autoRenew: body.autoRenew } }), version, principal, baseUrl);
  }

  suspend(id: number, body: SuspendSubscriptionDto, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    return this.writes.apply(id, () => ({ status: { kind: 'suspend', reason: body.reason ?? null } }), undefined, principal, baseUrl);
  }

  resume(id: number, principal: Principal, baseUrl: string): Promise<Versioned<ProductView>> {
    return this.writes.apply(id, () => ({ status: { kind: 'resume' } }), undefined, principal, baseUrl);
  }
}
