import { Injectable } from '@nestjs/common';
import { type FindOptionsWhere, In } from 'typeorm';
import { applyListQuery, Database, type ListQuery, type ListSpec, Page, updateIfVersion } from '@contactly/platform';
import type { BillReference } from './bill-reference.entity.js';

type Catalogue = new () => BillReference;

/**
 * All queries on the bill reference catalogues (formats, presentation media, cycle
 * specifications). They are operator-wide, so no scope applies.
 */
@Injectable()
export class BillReferenceRepository {
  constructor(private readonly db: Database) {}

  findById(catalogue: Catalogue, id: number): Promise<BillReference | null> {
    return this.db.repository(catalogue).findOneBy({ id });
  }

  /** The entries with these ids that exist, in id order. */
  findByIds(catalogue: Catalogue, ids: number[]): Promise<BillReference[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.repository(catalogue).find({ where: { id: In(ids) } as FindOptionsWhere<BillReference>, order: { id: 'ASC' } });
  }

  async list(catalogue: Catalogue, query: ListQuery, spec: ListSpec): Promise<Page<BillReference>> {
    const [rows, total] = await applyListQuery(this.db.repository(catalogue).createQueryBuilder('r'), query, spec).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  async insert(catalogue: Catalogue, values: Partial<BillReference>): Promise<BillReference> {
    const result = await this.db.repository(catalogue).insert({ ...values, version: 1 });
    return this.db.repository(catalogue).findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  /** Optimistic update (VersionConflict when someone wrote first); returns the row as stored. */
  async update(catalogue: Catalogue, current: BillReference, changes: Partial<BillReference>): Promise<BillReference> {
    const written = await updateIfVersion(this.db.manager, catalogue, current, changes);
    return written ? this.db.repository(catalogue).findOneByOrFail({ id: current.id }) : current;
  }

  async delete(catalogue: Catalogue, id: number): Promise<void> {
    await this.db.repository(catalogue).delete({ id });
  }
}
