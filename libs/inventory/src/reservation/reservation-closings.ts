import { Injectable } from '@nestjs/common';
import { AppConfig, EventRecorder, eventNames } from '@contactly/platform';
import type { ReservationStatus } from './number-reservation.entity.js';
import { toReservationView } from './reservation.mapper.js';
import { ReservationRepository } from './reservation.repository.js';

/**
 * Ends the active reservations of numbers that moved on (assigned, released, ported, expired) and
 * records a NumberReservationStateChangeEvent for each in the same transaction, so partners and the
 * warehouse learn that a hold ended, whoever ended it. The number's own move is audited by its writer.
 */
@Injectable()
export class ReservationClosings {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly events: EventRecorder,
    private readonly config: AppConfig,
  ) {}

  async close(resourceIds: readonly number[], status: Exclude<ReservationStatus, 'active'>, now: Date): Promise<void> {
    const closed = await this.reservations.closeActiveOf(resourceIds, status, now);
    if (!closed.length) return;
    const eventType = eventNames('NumberReservation').stateChanged;
    const baseUrl = this.config.publicUrl ?? '';
    await this.events.recordMany(
      closed.map((row) => ({
        eventType,
        resourceType: 'numberReservation',
        resourceId: row.id,
        resource: toReservationView(row, baseUrl),
      })),
    );
  }
}
