import { applyListQuery, Database, type ListQuery, type ListSpec, Page, updateIfVersion, chunked, distinct } from '@contactly/platform';
import { type EntityTarget, type FindOptionsWhere, In, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Translations } from '../language/translations.js';
import { nameKeyOf } from './names.js';

/** A record people name and edit: companies, departments, catalogs, documents, rules. */
export interface NamedRow extends ObjectLiteral {
  id: number;
  name: string;
  nameKey: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Its text in other languages, where the record has any (language/translations.ts). */
  translations?: Translations | null;
}

/** The queries every named record needs; subclasses add their own intent-named ones. */
export abstract class NamedRowRepository<T extends NamedRow> {
  protected constructor(
    protected readonly db: Database,
    private readonly entity: EntityTarget<T>,
    /** The query-builder alias the resource's ListSpec columns use. */
    readonly alias: string,
  ) {}

  protected get rows(): Repository<T> {
    return this.db.repository(this.entity);
  }

  /** The base query of a list; subclasses join what their filters name. */
  protected listQuery(): SelectQueryBuilder<T> {
    return this.rows.createQueryBuilder(this.alias);
  }

  findById(id: number): Promise<T | null> {
    return this.rows.findOneBy({ id } as FindOptionsWhere<T>);
  }

  /** Rows with this name key within a scope (e.g. one company's departments); at most two, to see ambiguity. */
  findByNameKey(nameKey: string, scope: Partial<T> = {}): Promise<T[]> {
    return this.rows.find({ where: { ...scope, nameKey } as FindOptionsWhere<T>, order: { id: 'ASC' } as never, take: 2 });
  }

  /** A page of rows; `?name=` (an extra parameter of every named list) matches the name ignoring case. */
  async list(query: ListQuery, spec: ListSpec, narrow?: (qb: SelectQueryBuilder<T>) => void): Promise<Page<T>> {
    const qb = this.listQuery();
    if (query.extra.name !== undefined) qb.andWhere(`${this.alias}.name_key = :nameKey`, { nameKey: nameKeyOf(query.extra.name) });
    narrow?.(qb);
    const [rows, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    return new Page(rows, total, query.fields);
  }

  /** Which of the ids exist. */
  async existing(ids: number[]): Promise<Set<number>> {
    const found = new Set<number>();
    for (const chunk of chunked(distinct(ids))) {
      const rows = await this.rows.find({ select: { id: true } as never, where: { id: In(chunk) } as FindOptionsWhere<T> });
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async findByIds(ids: number[]): Promise<Map<number, T>> {
    const byId = new Map<number, T>();
    for (const chunk of chunked(distinct(ids))) {
      for (const row of await this.rows.findBy({ id: In(chunk) } as FindOptionsWhere<T>)) byId.set(row.id, row);
    }
    return byId;
  }

  async insert(values: Omit<T, 'id' | 'version'>): Promise<T> {
    const result = await this.rows.insert({ ...values, version: 1 } as never);
    return this.rows.findOneByOrFail({ id: result.identifiers[0].id as number } as FindOptionsWhere<T>);
  }

  /** Optimistic update (VersionConflict when someone wrote first); returns the row as stored. */
  async update(row: T, changes: Partial<T>, relatedChanged = false): Promise<T> {
    const written = await updateIfVersion(
      this.db.manager,
      this.entity,
      row as T & { id: number; version: number },
      changes,
      relatedChanged,
    );
    return written ? this.rows.findOneByOrFail({ id: row.id } as FindOptionsWhere<T>) : row;
  }

  async delete(id: number): Promise<void> {
    await this.rows.delete({ id } as FindOptionsWhere<T>);
  }
}
