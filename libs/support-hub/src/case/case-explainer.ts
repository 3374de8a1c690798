import { Injectable } from '@nestjs/common';
import type { DataScope } from '@contactly/platform';
import { CustomerDirectory } from '@contactly/customers';
import { AggregatedCaseRepository } from '../aggregated-case/aggregated-case.repository.js';
import { ConsolidationStore } from '../consolidation/consolidation.store.js';
import { type MergeRecord, type SplitRecord, type Why, whyOf } from '../consolidation/why.js';
import { OverrideRepository } from '../override/override.repository.js';
import type { SupportCaseView } from './dto/support-case.dto.js';
import { caseRef } from './case-ref.js';
import { toSupportCaseView } from './support-case.mapper.js';
import type { SupportCase } from './support-case.entity.js';

/**
 * Turns stored member cases into views that say why each is in its group, and which known customer
 * (within the reader's scope) their customer reference names.
 */
@Injectable()
export class CaseExplainer {
  constructor(
    private readonly store: ConsolidationStore,
    private readonly overrides: OverrideRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly parties: CustomerDirectory,
  ) {}

  async views(cases: readonly SupportCase[], baseUrl: string, scope: DataScope): Promise<SupportCaseView[]> {
    if (!cases.length) return [];
    const whys = await this.explain(cases);
    const customers = await this.parties.customerIdsByEmail(
      cases.flatMap((c) => (c.customerRef ? [c.customerRef] : [])),
      scope,
    );
    return cases.map((c, i) =>
      toSupportCaseView(c, baseUrl, whys[i], (c.customerRef ? customers.get(c.customerRef.toLowerCase()) : undefined) ?? null),
    );
  }

  async explain(cases: readonly SupportCase[]): Promise<Why[]> {
    const rules = await this.store.currentRules();
    const { merges, splits } = await this.overrides.load();
    const mergesByKey = new Map<string, MergeRecord>(merges.map((m) => [m.fromKey, m]));
    const splitsByRef = new Map<string, SplitRecord>(splits.map((s) => [caseRef(s.source, s.externalId), s]));
    const ids = [...new Set(cases.map((c) => c.aggregatedCaseId).filter((id): id is number => id !== null))];
    const keys = await this.aggregates.keysOf(ids);
    return cases.map((c) =>
      whyOf(
        c,
        (c.aggregatedCaseId !== null ? keys.get(c.aggregatedCaseId) : undefined) ?? c.ruleKey,
        rules,
        splitsByRef.get(caseRef(c.source, c.externalId)),
        mergesByKey,
      ),
    );
  }
}
