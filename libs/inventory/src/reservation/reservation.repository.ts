import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { NumberReservation, type ReservationStatus } from './number-reservation.entity.js';

/** All queries on number reservations. */
@Injectable()
export class ReservationRepository {
  constructor(private readonly db: Database) {}

  get reservations() {
    return this.db.repository(NumberReservation);
  }

  /** Ends an active reservation (released, expired or fulfilled); whether it was still active. */
  async close(id: number, status: Exclude<ReservationStatus, 'active'>, now: Date): Promise<boolean> {
    const result = await this.db.manager
      .createQueryBuilder()
      .update(NumberReservation)
      .set({ status, updatedAt: now, version: () => 'version + 1' } as never)
      .where('id = :id AND status = :active', { id, active: 'active' })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
