import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  Database,
  notFound,
  type Principal,
  retryOnVersionConflict,
  scopeOf,
  StateTransitionRecorder,
  Versioned,
} from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import type { ProductView } from './dto/product.dto.js';
import { planMove, type StatusRequest } from './subscription-moves.js';
import { isEnded, subscriptionProcess } from './subscription-process.js';
import { SubscriptionRepository } from './subscription.repository.js';
import { SubscriptionResources } from './subscription-resources.js';
import { SubscriptionViews } from './subscription-views.js';
import type { Subscription } from './subscription.entity.js';

/** What one write does to a subscription: a status request and/or plain attribute changes. */
export interface SubscriptionChange {
  status?: StatusRequest;
  attributes?: Partial<Pick<Subscription, 'autoRenew' | 'name'>>;
}

/**
 * The one way a subscription changes: read within the caller's scope (404 otherwise), locked,
 * checked against If-Match (412), moved through the declared process (409), written, and recorded
 * in the same transaction — history, the TMF event (ProductStateChangeEvent or
 * ProductAttributeValueChangeEvent) and the audit entry. A subscription that ends lets go of its
 * numbers (they go to aging).
 */
@Injectable()
export class SubscriptionChanges {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly views: SubscriptionViews,
    private readonly resources: SubscriptionResources,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly transitions: StateTransitionRecorder,
    private readonly clock: Clock,
  ) {}

  /** The subscription within the caller's scope, or 404 PRODUCT_NOT_FOUND. */
  async load(id: number, principal: Principal): Promise<Subscription> {
    const found = await this.subscriptions.findById(id, scopeOf(principal));
    if (!found) throw notFound(INVENTORY_ERRORS.PRODUCT_NOT_FOUND, `Product ${id} does not exist`);
    return found;
  }

  /** Applies the change `decide` makes of the subscription as last committed (locked). */
  apply(
    id: number,
    decide: (current: Subscription) => SubscriptionChange,
    expectedVersion: number | undefined,
    actor: Principal,
    baseUrl: string,
  ) {
    const what = `Product ${id}`;
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async (): Promise<Versioned<ProductView>> => {
          await this.load(id, actor);
          const current = (await this.subscriptions.lockedById(id))!;
          assertVersion(expectedVersion, current.version, what);
          const change = decide(current);
          const now = this.clock.now();
          const move = change.status ? planMove(current, change.status, actor, now) : null;
          if (move) await subscriptionProcess.assertMove(current.status, move.to, { actor }, id);
          const before = await this.views.one(current, baseUrl);
          const written = await this.subscriptions.update(current, {
            ...change.attributes,
            ...move?.changes,
            ...(move ? { status: move.to } : {}),
            updatedAt: now,
          });
          if (!written) return new Versioned(before, current.version);
          const updated = (await this.subscriptions.lockedById(id))!;
          if (isEnded(updated.status) && !isEnded(current.status)) await this.resources.release(id, actor);
          // Activated: its first period is the one that starts now (see planMove).
          if (move?.reason === 'activated') await this.subscriptions.restartFirstPeriod(updated);
          const after = await this.views.one(updated, baseUrl);
          // The history row here; the ProductStateChangeEvent (or attribute change) comes from the ChangeRecorder.
          await this.transitions.record(
            subscriptionProcess,
            { resourceId: id, from: current.status, to: updated.status, reason: move?.reason ?? null, resource: null },
            actor,
            { event: false },
          );
          await this.changes.record({ resource: 'Product', resourceType: 'product', resourceId: id, actor, before, after });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      what,
    );
  }
}
