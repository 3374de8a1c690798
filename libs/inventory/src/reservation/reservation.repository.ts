import { Injectable } from '@nestjs/common';
import { applyListQuery, bulkInsert, type DataScope, Database, type ListQuery, type ListSpec, Page } from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { Brackets, In, type SelectQueryBuilder } from 'typeorm';
import { NumberReservation, type ReservationStatus } from './number-reservation.entity.js';

/**
 * All queries on number reservations. Every read takes the caller's scope: a reservation for a
 * customer is in the scope of that customer (CustomerDirectory decides), one for no customer (a
 * cart's) in the scope of the affiliate that made it; a subscriber sees only those for themself.
 */
@Injectable()
export class ReservationRepository {
  constructor(
    private readonly db: Database,
    private readonly directory: CustomerDirectory,
  ) {}

  get reservations() {
    return this.db.repository(NumberReservation);
  }

  private scoped(scope: DataScope): SelectQueryBuilder<NumberReservation> {
    const qb = this.reservations.createQueryBuilder('nr');
    if (scope.kind === 'all') return qb;
    const theirs = this.directory.narrowToClientsOf(this.reservations.createQueryBuilder('own').select('own.id'), 'own.party_id', scope);
    return qb.andWhere(
      new Brackets((w) => {
        w.where(`nr.id IN (${theirs.getQuery()})`, theirs.getParameters());
        if (scope.kind === 'affiliate')
          w.orWhere('(nr.party_id IS NULL AND nr.affiliate_id = :ownAffiliateId)', { ownAffiliateId: scope.affiliateId });
      }),
    );
  }

  findById(id: number, scope: DataScope): Promise<NumberReservation | null> {
    return this.scoped(scope).andWhere('nr.id = :id', { id }).getOne();
  }

  async list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<NumberReservation>> {
    const [rows, total] = await applyListQuery(this.scoped(scope), query, spec).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  /**
   * Stores the reservations of numbers this transaction holds, in one multi-row insert; returns them
   * in the order given. Their ids are read back by number: a held number has one active reservation.
   */
  async insertMany(values: readonly Omit<NumberReservation, 'id' | 'version'>[]): Promise<NumberReservation[]> {
    if (!values.length) return [];
    await bulkInsert(
      this.db.manager,
      NumberReservation,
      values.map((row) => ({ ...row, version: 1 })),
    );
    const stored = await this.reservations.find({
      select: { id: true, resourceId: true },
      where: { resourceId: In(values.map((row) => row.resourceId)), status: 'active' },
      // Newest last, so it is the one kept: the held number's reservation is the one just written.
      order: { id: 'ASC' },
    });
    const idOf = new Map(stored.map((row) => [Number(row.resourceId), Number(row.id)]));
    return values.map((row) => ({ ...row, id: idOf.get(row.resourceId)!, version: 1 }));
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

  /**
   * Ends the active reservations of these numbers (the number was assigned, released or expired) and
   * returns them as they are now. The caller holds the numbers' rows locked, so no claim slips between.
   */
  async closeActiveOf(
    resourceIds: readonly number[],
    status: Exclude<ReservationStatus, 'active'>,
    now: Date,
  ): Promise<NumberReservation[]> {
    if (!resourceIds.length) return [];
    const active = await this.activeOf(resourceIds);
    if (!active.length) return [];
    await this.db.manager
      .createQueryBuilder()
      .update(NumberReservation)
      .set({ status, updatedAt: now, version: () => 'version + 1' } as never)
      .where('id IN (:...ids) AND status = :active', { ids: active.map((row) => row.id), active: 'active' })
      .execute();
    return active.map((row) => ({ ...row, status, updatedAt: now, version: row.version + 1 }));
  }

  activeOf(resourceIds: readonly number[]): Promise<NumberReservation[]> {
    if (!resourceIds.length) return Promise.resolve([]);
    return this.reservations.find({ where: { resourceId: In([...resourceIds]), status: 'active' } });
  }
}
