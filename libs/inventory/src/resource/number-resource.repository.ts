import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import { In } from 'typeorm';
import type { NumberState } from './number-process.js';
import { NumberResource } from './number-resource.entity.js';

/** What a conditional move writes besides the status (the version moves on by itself). */
export type NumberChanges = Partial<Omit<NumberResource, 'id' | 'version' | 'status'>>;

/**
 * All queries on numbers. Contended moves are single conditional UPDATEs (`… WHERE status = :from`),
 * which the database serialises: of two claims of one number exactly one changes a row.
 */
@Injectable()
export class NumberResourceRepository {
  constructor(private readonly db: Database) {}

  get numbers() {
    return this.db.repository(NumberResource);
  }

  findById(id: number): Promise<NumberResource | null> {
    return this.numbers.findOne({ where: { id } });
  }

  findByIds(ids: readonly number[]): Promise<NumberResource[]> {
    return ids.length ? this.numbers.find({ where: { id: In([...ids]) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }

  findByValue(resourceType: string, value: string): Promise<NumberResource | null> {
    return this.numbers.findOne({ where: { resourceType: resourceType as NumberResource['resourceType'], value } });
  }

  /** The numbers assigned to the subscriptions. */
  ofSubscriptions(subscriptionIds: readonly number[]): Promise<NumberResource[]> {
    if (!subscriptionIds.length) return Promise.resolve([]);
    return this.numbers.find({ where: { subscriptionId: In([...subscriptionIds]), status: 'assigned' }, order: { id: 'ASC' } });
  }

  /**
   * Moves one number from `from` to `to` if it is still in `from` (and, when given, still held for
   * `partyId`): whether this call moved it. The row is read again by the caller when it did.
   */
  async move(id: number, from: NumberState, to: NumberState, changes: NumberChanges, holder?: { partyId: number }): Promise<boolean> {
    const qb = this.db.manager
      .createQueryBuilder()
      .update(NumberResource)
      .set({ ...changes, status: to, version: () => 'version + 1' } as never)
      .where('id = :id AND status = :from', { id, from });
    if (holder) qb.andWhere('party_id = :holderId', { holderId: holder.partyId });
    return ((await qb.execute()).affected ?? 0) > 0;
  }
}
