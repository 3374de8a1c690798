import { Injectable } from '@nestjs/common';
import { Database, type ListQuery, notFound, Page, type Principal, scopeOf, Versioned } from '@contactly/platform';
import { CaseExplainer } from '../case/case-explainer.js';
import type { SupportCaseView } from '../case/dto/support-case.dto.js';
import { AGGREGATED_CASE_MEMBER_LIST } from '../case/support-case-list.js';
import { SupportCaseRepository } from '../case/support-case.repository.js';
import { explain } from '../consolidation/classify.js';
import { ConsolidationStore } from '../consolidation/consolidation.store.js';
import { resolveMerges } from '../consolidation/consolidate.js';
import { searchTextOf } from '../consolidation/normalize.js';
import { OverrideRepository } from '../override/override.repository.js';
import { SUPPORT_HUB_API } from '../support-hub-paths.js';
import { AGGREGATED_CASE_LIST, AGGREGATED_CASE_SEARCH } from './aggregated-case-list.js';
import type { AggregatedCase } from './aggregated-case.entity.js';
import { toAggregatedCaseView } from './aggregated-case.mapper.js';
import { AggregatedCaseRepository, type AggregatedCaseSearch } from './aggregated-case.repository.js';
import type { AggregatedCaseDetailView, AggregatedCaseView } from './dto/aggregated-case.dto.js';
import { SUPPORT_HUB_ERRORS } from '../support-hub-errors.js';

export const MEMBER_LIMIT = 100;

/**
 * Reads of aggregated cases. Each read is one transaction: on MariaDB a consistent snapshot (the
 * count and the page agree), on SQLite queued behind a refresh's write, so no reader ever sees a
 * half-written refresh.
 */
@Injectable()
export class AggregatedCaseService {
  constructor(
    private readonly db: Database,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly cases: SupportCaseRepository,
    private readonly explainer: CaseExplainer,
    private readonly store: ConsolidationStore,
    private readonly overrides: OverrideRepository,
  ) {}

  list(query: ListQuery, baseUrl: string): Promise<Page<AggregatedCaseView>> {
    return this.db.transaction(async () => {
      const page = await this.aggregates.list(query, AGGREGATED_CASE_LIST);
      return new Page(
        page.items.map((row) => toAggregatedCaseView(row, baseUrl)),
        page.total,
        page.fields,
      );
    });
  }

  /** Provider and error code go through the grouping rules first, so any spelling the CRMs use finds its group. */
  search(query: ListQuery, baseUrl: string): Promise<Page<AggregatedCaseView>> {
    return this.db.transaction(async () => {
      const { provider, errorCode, q } = query.extra;
      const search: AggregatedCaseSearch = {};
      if (provider?.trim() || errorCode?.trim()) {
        const rules = await this.store.currentRules();
        const normalized = explain({ source: '', providerRaw: provider?.trim() || null, errorCodeRaw: errorCode?.trim() || null }, rules);
        // The value as typed also counts (an exact canonical name, or `unclassified`).
        if (provider?.trim()) search.providers = [...new Set([normalized.provider, provider.trim()])];
        if (errorCode?.trim()) search.errorCodes = [...new Set([normalized.errorCode, errorCode.trim()])];
      }
      if (q?.trim()) search.text = searchTextOf(q).slice(0, 200);
      const page = await this.aggregates.list(query, AGGREGATED_CASE_SEARCH, search);
      return new Page(
        page.items.map((row) => toAggregatedCaseView(row, baseUrl)),
        page.total,
        page.fields,
      );
    });
  }

  /** One page of its members (filtered by status, source, text), each with why it is here; 404 when it does not exist. */
  members(id: number, query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<SupportCaseView>> {
    return this.db.transaction(async () => {
      await this.find(id);
      // Compared with LOWER(column): lower-cased, accents kept (the columns keep theirs).
      const text = query.extra.q?.trim() ? query.extra.q.trim().toLowerCase().slice(0, 200) : null;
      const page = await this.cases.membersPage(id, query, AGGREGATED_CASE_MEMBER_LIST, text);
      return new Page(await this.explainer.views(page.items, baseUrl, scopeOf(principal)), page.total, page.fields);
    });
  }

  detail(id: number, principal: Principal, baseUrl: string): Promise<Versioned<AggregatedCaseDetailView>> {
    return this.db.transaction(async () => {
      const row = await this.find(id);
      const members = await this.cases.membersOf(id, MEMBER_LIMIT);
      const { merges, splits, overrides } = await this.overrides.load();
      const split = row.groupKey.startsWith('split:') ? splits.find((s) => s.groupKey === row.groupKey) : undefined;
      return new Versioned(
        {
          ...toAggregatedCaseView(row, baseUrl),
          members: await this.explainer.views(members, baseUrl, scopeOf(principal)),
          memberLimit: MEMBER_LIMIT,
          membersHref: `${baseUrl}/${SUPPORT_HUB_API}/cases?aggregatedCaseId=${id}`,
          merges: merges
            .filter((m) => resolveMerges(m.fromKey, overrides.merges) === row.groupKey)
            .map((m) => ({
              fromKey: m.fromKey,
              fromAggregatedCaseId: m.fromAggregatedCaseId,
              reason: m.reason,
              by: m.actorName,
              at: m.createdAt.toISOString(),
            })),
          splitFrom: split
            ? {
                fromAggregatedCaseId: split.fromAggregatedCaseId,
                reason: split.reason,
                by: split.actorName,
                at: split.createdAt.toISOString(),
              }
            : null,
        },
        row.version,
      );
    });
  }

  async find(id: number): Promise<AggregatedCase> {
    const row = await this.aggregates.findById(id);
    if (!row) throw notFound(SUPPORT_HUB_ERRORS.AGGREGATED_CASE_NOT_FOUND, `Aggregated case ${id} does not exist`);
    return row;
  }
}
