import { Injectable } from '@nestjs/common';
import { Clock, Database, type Principal, scopeOf } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';
import { type RealizingResource, SubscriptionResources } from '../product/subscription-resources.js';
import { ReservationClosings } from '../reservation/reservation-closings.js';
import { notAvailable, resourceNotFound } from '../resource/number-errors.js';
import { NumberMoves } from '../resource/number-moves.js';
import type { NumberResource } from '../resource/number-resource.entity.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const realizing = (row: NumberResource): RealizingResource => ({ id: row.id, kind: row.resourceType, value: row.value });

/**
 * The numbers of subscriptions: assignment (an agent's, or an order's) and release when a subscription
 * ends. Each move is a conditional UPDATE on the number's current status, so a number claimed by a
 * concurrent reservation or assignment is refused (409) rather than taken twice.
 */
@Injectable()
export class NumberAssignments extends SubscriptionResources {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly reservations: ReservationClosings,
    private readonly moves: NumberMoves,
    private readonly settings: InventorySettings,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {
    super();
  }

  assign(subscriptionId: number, customerId: number, resourceIds: number[], actor: Principal): Promise<RealizingResource[]> {
    return this.db.transaction(async () => {
      const assigned: RealizingResource[] = [];
      for (const id of [...new Set(resourceIds)]) assigned.push(realizing(await this.assignOne(subscriptionId, customerId, id, actor)));
      return assigned;
    });
  }

  release(subscriptionId: number, actor: Principal): Promise<void> {
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const agingUntil = new Date(now.getTime() + this.settings.numberAgingDays * DAY_MS);
      // The party stays on an aging number: it is still theirs to see until it returns to the pool.
      for (const row of await this.numbers.lockOfSubscription(subscriptionId))
        await this.moves.move(row, 'aging', { agingUntil, statusDate: now, updatedAt: now }, actor, {
          reason: `subscription ${subscriptionId} ended`,
        });
    });
  }

  async of(subscriptionIds: number[]): Promise<Map<number, RealizingResource[]>> {
    const bySubscription = new Map<number, RealizingResource[]>(subscriptionIds.map((id) => [id, []]));
    for (const row of await this.numbers.ofSubscriptions(subscriptionIds)) bySubscription.get(row.subscriptionId!)?.push(realizing(row));
    return bySubscription;
  }

  private async assignOne(subscriptionId: number, customerId: number, id: number, actor: Principal): Promise<NumberResource> {
    // Within the actor's scope: a number held for someone else's customer is not named in a 409, it is not there.
    const row = await this.numbers.findVisible(id, scopeOf(actor));
    if (!row) throw resourceNotFound(id);
    if (row.status === 'assigned' && row.subscriptionId === subscriptionId) return row;
    const mine = row.status === 'reserved' && row.partyId === customerId;
    if (row.status !== 'available' && !mine) throw notAvailable(row);
    const now = this.clock.now();
    const changes = {
      subscriptionId,
      partyId: customerId,
      assignedAt: now,
      reservedUntil: null,
      agingUntil: null,
      statusDate: now,
      updatedAt: now,
    };
    // Conditional on the status read (and, for a reserved number, on its holder): a concurrent claim wins or loses whole.
    const after = await this.moves.move(row, 'assigned', changes, actor, {
      reason: `assigned to subscription ${subscriptionId}`,
      holder: mine ? { partyId: customerId } : undefined,
    });
    if (mine) await this.reservations.close([id], 'fulfilled', now);
    return after;
  }
}
