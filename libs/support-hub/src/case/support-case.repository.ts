import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import {
  applyListQuery,
  applyScope,
  type DataScope,
  Database,
  type ListQuery,
  type ListSpec,
  Page,
  chunked,
  rawDate,
  insertRows,
  likeContains,
} from '@contactly/platform';
import type { CaseStatus } from '../consolidation/consolidate.js';
import { IN_BATCH, WRITE_BATCH } from '../shared/batches.js';
import { SupportCase } from './support-case.entity.js';

/** What a refresh needs of every stored case (no description: it is only ever written). */
export interface StoredCase {
  id: number;
  /** `source:externalId`. */
  ref: string;
  source: string;
  externalId: string;
  fingerprint: string;
  providerRaw: string | null;
  errorCodeRaw: string | null;
  provider: string;
  errorCode: string;
  ruleKey: string;
  appliedRules: string;
  aggregatedCaseId: number | null;
  status: CaseStatus;
  createdAt: Date;
  updatedAt: Date;
  title: string;
}

export type SupportCaseRow = Omit<SupportCase, 'id' | 'aggregatedCase'>;

/** The columns a classification decides. */
export interface DerivedValues {
  provider: string;
  errorCode: string;
  ruleKey: string;
  appliedRules: string;
  aggregatedCaseId: number | null;
}

const INSERT_COLUMNS = ['source', 'external_id', 'first_fetched_at'];
/** Written again when a case changes at its source; `first_fetched_at` stays. */
const UPSERT_COLUMNS = [
  'provider_raw',
  'error_code_raw',
  'provider',
  'error_code',
  'status',
  'source_status',
  'title',
  'description',
  'customer_ref',
  'created_at',
  'updated_at',
  'rule_key',
  'applied_rules',
  'aggregated_case_id',
  'fingerprint',
  'last_changed_at',
];

/** Member cases (the CRM cases the hub holds). Customer data is for staff only: scope `all`. */
@Injectable()
export class SupportCaseRepository {
  constructor(private readonly db: Database) {}

  private get cases() {
    return this.db.repository(SupportCase);
  }

  /** Every case, with what consolidation needs, in one pass. */
  async loadAll(): Promise<StoredCase[]> {
    const rows = await this.cases
      .createQueryBuilder('c')
      .select([
        'c.id AS id',
        'c.source AS source',
        'c.external_id AS externalId',
        'c.fingerprint AS fingerprint',
        'c.provider_raw AS providerRaw',
        'c.error_code_raw AS errorCodeRaw',
        'c.provider AS provider',
        'c.error_code AS errorCode',
        'c.rule_key AS ruleKey',
        'c.applied_rules AS appliedRules',
        'c.aggregated_case_id AS aggregatedCaseId',
        'c.status AS status',
        'c.created_at AS createdAt',
        'c.updated_at AS updatedAt',
        'c.title AS title',
      ])
      .getRawMany<Record<string, unknown>>();
    return rows.map((row) => ({
      id: Number(row.id),
      ref: `${row.source as string}:${row.externalId as string}`,
      source: row.source as string,
      externalId: row.externalId as string,
      fingerprint: row.fingerprint as string,
      providerRaw: (row.providerRaw as string | null) ?? null,
      errorCodeRaw: (row.errorCodeRaw as string | null) ?? null,
      provider: row.provider as string,
      errorCode: row.errorCode as string,
      ruleKey: row.ruleKey as string,
      appliedRules: row.appliedRules as string,
      aggregatedCaseId: row.aggregatedCaseId === null ? null : Number(row.aggregatedCaseId),
      status: row.status as CaseStatus,
      createdAt: rawDate(row.createdAt),
      updatedAt: rawDate(row.updatedAt),
      title: row.title as string,
    }));
  }

  /** Inserts new cases and rewrites changed ones, many rows a statement (keyed by source + external id). */
  async upsert(rows: readonly SupportCaseRow[]): Promise<void> {
    const values = rows.map((r) => [
      r.source,
      r.externalId,
      r.firstFetchedAt,
      r.providerRaw,
      r.errorCodeRaw,
      r.provider,
      r.errorCode,
      r.status,
      r.sourceStatus,
      r.title,
      r.description,
      r.customerRef,
      r.createdAt,
      r.updatedAt,
      r.ruleKey,
      r.appliedRules,
      r.aggregatedCaseId,
      r.fingerprint,
      r.lastChangedAt,
    ]);
    await insertRows(this.db.manager, 'support_case', [...INSERT_COLUMNS, ...UPSERT_COLUMNS], values, {
      batch: WRITE_BATCH,
      upsert: { conflict: ['source', 'external_id'], update: UPSERT_COLUMNS },
    });
  }

  /** Moves cases between groups or re-labels them: one statement per distinct set of values. */
  async updateDerived(ids: readonly number[], values: DerivedValues): Promise<void> {
    for (const batch of chunked(ids, IN_BATCH)) {
      await this.cases
        .createQueryBuilder()
        .update(SupportCase)
        .set(values)
        .where({ id: In(batch) })
        .execute();
    }
  }

  async deleteByIds(ids: readonly number[]): Promise<void> {
    for (const batch of chunked(ids, IN_BATCH)) await this.cases.delete({ id: In(batch) });
  }

  /** Every case's id by `source:externalId`. */
  async allIds(): Promise<Map<string, number>> {
    const rows = await this.cases
      .createQueryBuilder('c')
      .select(['c.id AS id', 'c.source AS source', 'c.external_id AS externalId'])
      .getRawMany<{ id: number | string; source: string; externalId: string }>();
    return new Map(rows.map((r) => [`${r.source}:${r.externalId}`, Number(r.id)]));
  }

  /** Ids of cases by `source:externalId`. */
  async idsOf(refs: readonly { source: string; externalId: string }[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    const bySource = new Map<string, string[]>();
    for (const ref of refs) {
      const list = bySource.get(ref.source);
      if (list) list.push(ref.externalId);
      else bySource.set(ref.source, [ref.externalId]);
    }
    for (const [source, externalIds] of bySource) {
      for (const batch of chunked(externalIds, IN_BATCH)) {
        const rows = await this.cases.find({ select: { id: true, externalId: true }, where: { source, externalId: In(batch) } });
        for (const row of rows) ids.set(`${source}:${row.externalId}`, row.id);
      }
    }
    return ids;
  }

  async countBySource(): Promise<Map<string, number>> {
    const rows = await this.cases
      .createQueryBuilder('c')
      .select('c.source', 'source')
      .addSelect('COUNT(*)', 'count')
      .groupBy('c.source')
      .getRawMany<{ source: string; count: number | string }>();
    return new Map(rows.map((r) => [r.source, Number(r.count)]));
  }

  async count(): Promise<number> {
    return this.cases.count();
  }

  findByIds(ids: readonly number[]): Promise<SupportCase[]> {
    return ids.length ? this.cases.find({ where: { id: In([...ids]) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }

  /** The newest members of an aggregated case. */
  membersOf(aggregatedCaseId: number, limit: number): Promise<SupportCase[]> {
    return this.cases.find({ where: { aggregatedCaseId }, order: { updatedAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /**
   * One page of an aggregated case's members. `text` (lower case) matches the title, the CRM's id or
   * the customer's email; the aggregated case index bounds the scan to its members.
   */
  async membersPage(aggregatedCaseId: number, query: ListQuery, spec: ListSpec, text: string | null): Promise<Page<SupportCase>> {
    const qb = this.cases.createQueryBuilder('c').where('c.aggregated_case_id = :aggregatedCaseId', { aggregatedCaseId });
    if (text)
      qb.andWhere(
        new Brackets((or) =>
          or
            .where("LOWER(c.title) LIKE :text ESCAPE '!'")
            .orWhere("LOWER(c.external_id) LIKE :text ESCAPE '!'")
            .orWhere("c.customer_ref LIKE :text ESCAPE '!'"),
        ),
        { text: likeContains(text) },
      );
    const [items, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    return new Page(items, total, query.fields);
  }

  /** How many cases name one of these (lower-case) emails, how many of them are open, and the newest open one. */
  async summaryFor(emails: readonly string[]): Promise<{ total: number; open: number; latestOpen: SupportCase | null }> {
    if (!emails.length) return { total: 0, open: 0, latestOpen: null };
    const rows = await this.cases
      .createQueryBuilder('c')
      .select('c.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('c.customer_ref IN (:...emails)', { emails: [...emails] })
      .groupBy('c.status')
      .getRawMany<{ status: string; n: number | string }>();
    const open = Number(rows.find((r) => r.status === 'open')?.n ?? 0);
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const latestOpen = open
      ? await this.cases.findOne({ where: { customerRef: In([...emails]), status: 'open' }, order: { updatedAt: 'DESC', id: 'DESC' } })
      : null;
    return { total, open, latestOpen };
  }

  async list(query: ListQuery, spec: ListSpec, scope: DataScope): Promise<Page<SupportCase>> {
    const qb = this.cases.createQueryBuilder('c');
    // Cases name customers: staff see them all; nobody else sees any.
    applyScope(qb, scope.kind === 'all' ? scope : { kind: 'none' }, { affiliate: 'c.id', customer: 'c.id' });
    const [items, total] = await applyListQuery(qb, query, spec).getManyAndCount();
    return new Page(items, total, query.fields);
  }
}
