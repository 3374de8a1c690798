import { Injectable } from '@nestjs/common';
import { type FindOptionsWhere, In, type ObjectLiteral } from 'typeorm';
import {
  applyListQuery,
  Database,
  type ListQuery,
  type ListSpec,
  lockForReference,
  lockRows,
  lockRowsById,
  refId,
  TotalCache,
  unprocessable,
  updateIfVersion,
} from '@contactly/platform';
import type { CatalogEntityColumns } from './catalog-columns.js';

export type CatalogEntity<E extends CatalogEntityColumns = CatalogEntityColumns> = new () => E;

/** An entry as a reference or a guard needs it. */
export interface EntrySummary {
  id: number;
  name: string;
  lifecycleStatus: string;
}

/**
 * The queries every kind of catalog entry shares (alias `e`): one row by id, one page of a list,
 * optimistic writes, and checking references between entries. The catalog is operator-wide
 * reference data, so no scope applies.
 */
@Injectable()
export class CatalogEntryRepository {
  private readonly totals = new TotalCache();

  constructor(private readonly db: Database) {}

  findById<E extends CatalogEntityColumns>(entity: CatalogEntity<E>, id: number): Promise<E | null> {
    return this.db.repository(entity).findOneBy({ id } as FindOptionsWhere<E>);
  }

  /** The row locked until the transaction ends (a delete holds it against a concurrent reference to it). */
  lockedById<E extends CatalogEntityColumns>(entity: CatalogEntity<E>, id: number): Promise<E | null> {
    return lockRows(this.db.repository(entity).createQueryBuilder('e').where('e.id = :id', { id })).getOne();
  }

  /** One page (one query) and its total (a second, cached when large, see TotalCache). */
  async list<E extends CatalogEntityColumns>(
    entity: CatalogEntity<E>,
    query: ListQuery,
    spec: ListSpec,
  ): Promise<{ rows: E[]; total: number }> {
    const qb = applyListQuery(this.db.repository(entity).createQueryBuilder('e'), query, spec);
    const count = () =>
      qb
        .clone()
        .orderBy()
        .offset(undefined)
        .limit(undefined)
        .select('COUNT(*)', 'n')
        .getRawOne<{ n: number | string }>()
        .then((row) => Number(row?.n ?? 0));
    const [rows, total] = await Promise.all([
      qb.getMany(),
      query.limit === 0 ? count() : this.totals.get(JSON.stringify([entity.name, query.filters]), count),
    ]);
    return { rows, total };
  }

  async insert<E extends CatalogEntityColumns>(entity: CatalogEntity<E>, values: Partial<E>): Promise<E> {
    const result = await this.db.repository(entity).insert({ ...values, version: 1 } as never);
    return this.db.repository(entity).findOneByOrFail({ id: result.identifiers[0].id as number } as FindOptionsWhere<E>);
  }

  /** Optimistic update (VersionConflict when someone wrote first); `linksChanged` writes (a new version) even with no column change. */
  update<E extends CatalogEntityColumns>(
    entity: CatalogEntity<E>,
    current: E,
    changes: Partial<E>,
    linksChanged: boolean,
  ): Promise<boolean> {
    return updateIfVersion(this.db.manager, entity, current, changes, linksChanged);
  }

  async delete(entity: CatalogEntity, id: number): Promise<void> {
    await this.db.repository(entity).delete({ id });
  }

  /**
   * A new version and `lastUpdate` for entries whose links another entry's write changed (an
   * offering put into a category): their ETag must change with what they show.
   */
  async touch(entity: CatalogEntity, ids: readonly number[], now: Date): Promise<void> {
    const unique = [...new Set(ids)].sort((a, b) => a - b);
    if (!unique.length) return;
    await this.db
      .repository(entity)
      .createQueryBuilder()
      .update()
      .set({ version: () => 'version + 1', updatedAt: now } as never)
      .where('id IN (:...ids)', { ids: unique })
      .execute();
  }

  /**
   * Locks entries another entry's write will touch (see touch), in id order, before it reads them
   * for a reference: two writers linking the same entry then take turns, where share locks taken
   * first and upgraded at the touch deadlocked. Ids that name nothing are left out.
   */
  async lockForTouch(entity: CatalogEntity, ids: readonly (number | string)[]): Promise<void> {
    await lockRowsById(
      this.db,
      entity,
      ids.map((id) => (typeof id === 'number' ? id : refId(id))).filter((id) => id > 0),
    );
  }

  /** Names and statuses of these entries (those that exist), for references and guards. */
  summaries(entity: CatalogEntity, ids: readonly number[]): Promise<EntrySummary[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db
      .repository(entity)
      .find({ select: { id: true, name: true, lifecycleStatus: true }, where: { id: In([...new Set(ids)]) } }) as Promise<EntrySummary[]>;
  }

  /**
   * The ids a reference list names, held against deletion until the transaction ends: 422 `code`
   * naming `field` (`productSpecification.id`) when one does not exist (or cannot be an id).
   * Repeated ids count once.
   */
  async resolve(entity: CatalogEntity, refs: readonly { id: string }[], field: string, code: string, label: string): Promise<number[]> {
    const ids = [...new Set(refs.map((ref) => refId(ref.id)))];
    const held = await lockForReference(
      this.db,
      entity,
      ids.filter((id) => id > 0),
    );
    const missing = refs.filter((ref) => !held.has(refId(ref.id)));
    if (missing.length)
      throw unprocessable(code, `${label} ${missing.map((ref) => ref.id).join(', ')} does not exist`, [
        { field, message: `must name an existing ${label.toLowerCase()}` },
      ]);
    return ids;
  }

  /** Link rows (a price link, a bundle member…) of these owners, in their order: one query a kind of link. */
  linksOf<L extends ObjectLiteral>(link: new () => L, where: FindOptionsWhere<L>, order?: Record<string, 'ASC'>): Promise<L[]> {
    return this.db.repository(link).find({ where, ...(order ? { order: order as never } : {}) });
  }
}
