import { Injectable } from '@nestjs/common';
import {
  applyListQuery,
  applyScope,
  type DataScope,
  Database,
  type ListQuery,
  type ListSpec,
  lockRows,
  lockRowsById,
  Page,
  updateIfVersion,
} from '@contactly/platform';
import { Party } from '../party/party.entity.js';
import { PaymentMethod } from './payment-method.entity.js';

export const PAYMENT_METHOD_SCOPE_COLUMNS = { affiliate: 'p.affiliate_id', customer: 'pm.party_id' };

/** All queries on payment methods. Every read takes the caller's scope: the owning party's. */
@Injectable()
export class PaymentMethodRepository {
  constructor(private readonly db: Database) {}

  private get methods() {
    return this.db.repository(PaymentMethod);
  }

  private scoped(scope: DataScope) {
    return applyScope(this.methods.createQueryBuilder('pm').innerJoinAndSelect('pm.party', 'p'), scope, PAYMENT_METHOD_SCOPE_COLUMNS);
  }

  findById(id: number, scope: DataScope): Promise<PaymentMethod | null> {
    return this.scoped(scope).andWhere('pm.id = :id', { id }).getOne();
  }

  /** The party's preferred active payment method (one at most: the service keeps it so). */
  preferredOf(partyId: number): Promise<PaymentMethod | null> {
    return this.methods.findOne({
      where: { partyId, isPreferred: true, status: 'active' },
      order: { id: 'ASC' },
      relations: { party: true },
    });
  }

  async list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<PaymentMethod>> {
    const [methods, total] = await applyListQuery(this.scoped(scope), query, spec).getManyAndCount();
    return new Page(methods, total, query.fields);
  }

  /**
   * The party's payment methods, read for a change of which one is preferred. On MariaDB the
   * party row is locked first, so concurrent changes for one party take turns and each sees what
   * the previous one committed (locking reads see the latest rows); SQLite's transactions queue.
   */
  async lockMethodsOf(partyId: number): Promise<PaymentMethod[]> {
    const qb = this.methods
      .createQueryBuilder('pm')
      .innerJoinAndSelect('pm.party', 'p')
      .where('pm.party_id = :partyId', { partyId })
      .orderBy('pm.id', 'ASC');
    await lockRowsById(this.db, Party, [partyId]);
    return lockRows(qb).getMany();
  }

  async insert(values: Omit<PaymentMethod, 'id' | 'version' | 'party'>): Promise<PaymentMethod> {
    const result = await this.methods.insert({ ...values, version: 1 });
    return this.methods.findOneOrFail({ where: { id: result.identifiers[0].id as number }, relations: { party: true } });
  }

  /** Optimistic update (VersionConflict when someone wrote first); returns the row as stored. */
  async update(current: PaymentMethod, changes: Partial<PaymentMethod>): Promise<PaymentMethod> {
    const written = await updateIfVersion(this.db.manager, PaymentMethod, current, changes);
    return written ? this.methods.findOneOrFail({ where: { id: current.id }, relations: { party: true } }) : current;
  }

  async delete(id: number): Promise<void> {
    await this.methods.delete({ id });
  }
}
