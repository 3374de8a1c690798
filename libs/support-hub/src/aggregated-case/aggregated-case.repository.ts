import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { applyListQuery, Database, type ListQuery, type ListSpec, Page, chunked, likeContains, updateIfVersion } from '@contactly/platform';
import type { AggregateValues } from '../consolidation/consolidate.js';
import { IN_BATCH, WRITE_BATCH } from '../shared/batches.js';
import { AggregatedCase } from './aggregated-case.entity.js';

export interface StoredAggregate {
  id: number;
  groupKey: string;
  values: AggregateValues;
  version: number;
  createdAt: Date;
}

/** What a consolidation writes: everything but the id and the name people gave it. */
export type AggregatedCaseRow = Omit<AggregatedCase, 'id' | 'name'>;

/** Narrowing of `/search` beyond the list conventions. */
export interface AggregatedCaseSearch {
  providers?: string[];
  errorCodes?: string[];
  /** Already in search form (lower case, accents dropped). */
  text?: string;
}

const UPSERT_COLUMNS = [
  'provider',
  'error_code',
  'status',
  'case_count',
  'open_count',
  'sources',
  'first_seen',
  'last_seen',
  'title',
  'search_text',
  'version',
  'updated_at',
];

export function valuesOf(row: AggregatedCase): AggregateValues {
  return {
    provider: row.provider,
    errorCode: row.errorCode,
    status: row.status,
    caseCount: row.caseCount,
    openCount: row.openCount,
    sources: row.sources ? row.sources.split(',') : [],
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    title: row.title,
    searchText: row.searchText,
  };
}

@Injectable()
export class AggregatedCaseRepository {
  constructor(private readonly db: Database) {}

  private get aggregated() {
    return this.db.repository(AggregatedCase);
  }

  async loadAll(): Promise<StoredAggregate[]> {
    const rows = await this.aggregated.find();
    return rows.map((row) => ({
      id: row.id,
      groupKey: row.groupKey,
      values: valuesOf(row),
      version: row.version,
      createdAt: row.createdAt,
    }));
  }

  /** Inserts new groups and rewrites changed ones (keyed by group key), many rows a statement. */
  async upsert(rows: readonly AggregatedCaseRow[]): Promise<void> {
    for (const batch of chunked(rows, WRITE_BATCH)) {
      await this.aggregated
        .createQueryBuilder()
        .insert()
        .into(AggregatedCase)
        .values(batch)
        .orUpdate(UPSERT_COLUMNS, ['group_key'])
        .updateEntity(false)
        .execute();
    }
  }

  async idsByKeys(keys: readonly string[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const batch of chunked(keys, IN_BATCH)) {
      const rows = await this.aggregated.find({ select: { id: true, groupKey: true }, where: { groupKey: In(batch) } });
      for (const row of rows) ids.set(row.groupKey, row.id);
    }
    return ids;
  }

  async deleteByIds(ids: readonly number[]): Promise<void> {
    for (const batch of chunked(ids, IN_BATCH)) await this.aggregated.delete({ id: In(batch) });
  }

  async keysOf(ids: readonly number[]): Promise<Map<number, string>> {
    const keys = new Map<number, string>();
    for (const batch of chunked(ids, IN_BATCH)) {
      for (const row of await this.aggregated.find({ select: { id: true, groupKey: true }, where: { id: In(batch) } }))
        keys.set(row.id, row.groupKey);
    }
    return keys;
  }

  findById(id: number): Promise<AggregatedCase | null> {
    return this.aggregated.findOneBy({ id });
  }

  count(): Promise<number> {
    return this.aggregated.count();
  }

  /** Names it if it still has the version read (else VersionConflict); returns the row as stored. */
  async rename(row: AggregatedCase, name: string | null, now: Date): Promise<AggregatedCase> {
    if (row.name === name) return row;
    await updateIfVersion(this.db.manager, AggregatedCase, row, { name, updatedAt: now });
    return this.aggregated.findOneByOrFail({ id: row.id });
  }

  async list(query: ListQuery, spec: ListSpec, search: AggregatedCaseSearch = {}): Promise<Page<AggregatedCase>> {
    const qb = this.aggregated.createQueryBuilder('a');
    if (search.providers) qb.andWhere('a.provider IN (:...providers)', { providers: search.providers });
    if (search.errorCodes) qb.andWhere('a.error_code IN (:...errorCodes)', { errorCodes: search.errorCodes });
    if (search.text) qb.andWhere("a.search_text LIKE :text ESCAPE '!'", { text: likeContains(search.text) });
    const [items, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    return new Page(items, total, query.fields);
  }
}
