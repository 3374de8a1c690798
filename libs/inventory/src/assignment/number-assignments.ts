import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, conflict, Database, notFound, type Principal, StateTransitionRecorder } from '@contactly/platform';
import { INVENTORY_ERRORS } from '../inventory-errors.js';
import { InventorySettings } from '../inventory.settings.js';
import { type RealizingResource, SubscriptionResources } from '../product/subscription-resources.js';
import { ReservationRepository } from '../reservation/reservation.repository.js';
import { numberProcess } from '../resource/number-process.js';
import type { NumberResource } from '../resource/number-resource.entity.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';
import { toResourceView } from '../resource/resource.mapper.js';

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
    private readonly reservations: ReservationRepository,
    private readonly transitions: StateTransitionRecorder,
    private readonly settings: InventorySettings,
    private readonly config: AppConfig,
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
      for (const row of await this.numbers.ofSubscriptions([subscriptionId])) {
        // The party stays on an aging number: it is still theirs to see until it returns to the pool.
        const moved = await this.numbers.move(row.id, 'assigned', 'aging', { agingUntil, statusDate: now, updatedAt: now });
        if (moved) await this.recordMove(row.id, 'assigned', 'aging', actor, `subscription ${subscriptionId} ended`);
      }
    });
  }

  async of(subscriptionIds: number[]): Promise<Map<number, RealizingResource[]>> {
    const bySubscription = new Map<number, RealizingResource[]>(subscriptionIds.map((id) => [id, []]));
    for (const row of await this.numbers.ofSubscriptions(subscriptionIds)) bySubscription.get(row.subscriptionId!)?.push(realizing(row));
    return bySubscription;
  }

  private async assignOne(subscriptionId: number, customerId: number, id: number, actor: Principal): Promise<NumberResource> {
    const row = await this.numbers.findById(id);
    if (!row) throw notFound(INVENTORY_ERRORS.RESOURCE_NOT_FOUND, `Resource ${id} does not exist`);
    if (row.status === 'assigned' && row.subscriptionId === subscriptionId) return row;
    const mine = row.status === 'reserved' && row.partyId === customerId;
    if (row.status !== 'available' && !mine) throw notAvailable(row);
    const now = this.clock.now();
    const changes = {
      subscriptionId,
      partyId: customerId,
      assignedAt: now,
      reservationId: null,
      reservedUntil: null,
      agingUntil: null,
      statusDate: now,
      updatedAt: now,
    };
    // Conditional on the status read (and, for a reserved number, on its holder): a concurrent claim wins or loses whole.
    const moved = await this.numbers.move(id, row.status, 'assigned', changes, mine ? { partyId: customerId } : undefined);
    if (!moved) throw notAvailable((await this.numbers.findById(id)) ?? row);
    if (row.reservationId !== null) await this.reservations.close(row.reservationId, 'fulfilled', now);
    return this.recordMove(id, row.status, 'assigned', actor, `assigned to subscription ${subscriptionId}`);
  }

  private async recordMove(id: number, from: NumberResource['status'], to: NumberResource['status'], actor: Principal, reason: string) {
    const after = (await this.numbers.findById(id))!;
    await this.transitions.record(
      numberProcess,
      { resourceId: id, from, to, reason, resource: toResourceView(after, this.config.messageLinkBase) },
      actor,
    );
    return after;
  }
}

/** 409 naming the number and where it stands. */
export function notAvailable(row: NumberResource) {
  return conflict(
    INVENTORY_ERRORS.NUMBER_NOT_AVAILABLE,
    `${row.resourceType.toUpperCase()} ${row.value} is ${row.status}: it is not available`,
    {
      resourceId: String(row.id),
      value: row.value,
      status: row.status,
    },
  );
}
