import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditRecorder, Clock, Database, invalid, notFound, type Principal, Versioned } from '@contactly/platform';
import { AGGREGATED_CASE_TYPE } from '../aggregated-case/aggregated-case-events.js';
import type { AggregatedCase } from '../aggregated-case/aggregated-case.entity.js';
import { AggregatedCaseRepository } from '../aggregated-case/aggregated-case.repository.js';
import { AggregatedCaseService } from '../aggregated-case/aggregated-case.service.js';
import type {
  AggregatedCaseDetailView,
  MergeAggregatedCasesDto,
  SplitAggregatedCaseDto,
} from '../aggregated-case/dto/aggregated-case.dto.js';
import { SupportCaseRepository } from '../case/support-case.repository.js';
import { ConsolidationStore } from '../consolidation/consolidation.store.js';
import { HubStateRepository } from '../refresh/hub-state.repository.js';
import { OverrideRepository } from './override.repository.js';
import { SUPPORT_HUB_ERRORS } from '../support-hub-errors.js';

const auditable = (row: AggregatedCase) => ({
  groupKey: row.groupKey,
  provider: row.provider,
  errorCode: row.errorCode,
  status: row.status,
  caseCount: row.caseCount,
  openCount: row.openCount,
  sources: row.sources,
});

/**
 * Agents' corrections to the grouping. Both are stored as overrides that every consolidation applies
 * after the rules, so they stick across refreshes (and rule changes); both take effect at once and
 * are audited with their reason.
 */
@Injectable()
export class MergeSplitService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly state: HubStateRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly cases: SupportCaseRepository,
    private readonly overrides: OverrideRepository,
    private readonly store: ConsolidationStore,
    private readonly audit: AuditRecorder,
    private readonly reads: AggregatedCaseService,
  ) {}

  /** Every case of `sourceId` joins `targetId`, now and after every refresh; `sourceId` disappears. */
  async merge(input: MergeAggregatedCasesDto, actor: Principal, baseUrl: string): Promise<Versioned<AggregatedCaseDetailView>> {
    if (input.targetId === input.sourceId) {
      throw invalid(SUPPORT_HUB_ERRORS.CANNOT_MERGE_WITH_ITSELF, 'An aggregated case cannot be merged with itself', [
        { field: 'sourceId', message: 'must differ from targetId' },
      ]);
    }
    await this.db.transaction(async () => {
      await this.state.lockForWrite();
      const target = await this.load(input.targetId);
      const source = await this.load(input.sourceId);
      const now = this.clock.now();
      await this.overrides.saveMerge({
        fromKey: source.groupKey,
        intoKey: target.groupKey,
        fromAggregatedCaseId: source.id,
        intoAggregatedCaseId: target.id,
        reason: input.reason,
        actorId: actor.userId,
        actorName: actor.username.slice(0, 100),
        createdAt: now,
      });
      await this.store.apply([], {
        reclassify: false,
        now,
        cause: { actor, reason: `merge of aggregated case ${source.id} into ${target.id}: ${input.reason}` },
      });
      const after = await this.load(target.id);
      await this.audit.record({
        actor,
        action: 'merge',
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: target.id,
        before: auditable(target),
        after: { ...auditable(after), mergedFrom: source.id },
        reason: input.reason,
      });
      await this.audit.record({
        actor,
        action: 'merge',
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: source.id,
        before: auditable(source),
        after: { mergedInto: target.id },
        reason: input.reason,
      });
    });
    return this.reads.detail(input.targetId, actor, baseUrl);
  }

  /** The named members leave `id` together for a new aggregated case, and stay there after refreshes. */
  async split(id: number, input: SplitAggregatedCaseDto, actor: Principal, baseUrl: string): Promise<Versioned<AggregatedCaseDetailView>> {
    const caseIds = [...new Set(input.caseIds)];
    const newId = await this.db.transaction(async () => {
      await this.state.lockForWrite();
      const original = await this.load(id);
      const members = await this.cases.findByIds(caseIds);
      const memberIds = new Set(members.filter((c) => c.aggregatedCaseId === id).map((c) => c.id));
      const strangers = caseIds.filter((caseId) => !memberIds.has(caseId));
      if (strangers.length)
        throw notFound(SUPPORT_HUB_ERRORS.CASE_NOT_MEMBER, `Case(s) ${strangers.join(', ')} are not members of aggregated case ${id}`);
      if (caseIds.length >= original.caseCount) {
        throw invalid(
          SUPPORT_HUB_ERRORS.SPLIT_WOULD_EMPTY,
          `Splitting every case out of aggregated case ${id} would leave it empty; split fewer`,
          [{ field: 'caseIds', message: 'must leave at least one case behind' }],
        );
      }
      const groupKey = `split:${randomUUID().replace(/-/g, '').slice(0, 20)}`;
      const now = this.clock.now();
      await this.overrides.saveSplits(
        members.map((c) => ({
          source: c.source,
          externalId: c.externalId,
          groupKey,
          fromAggregatedCaseId: id,
          reason: input.reason,
          actorId: actor.userId,
          actorName: actor.username.slice(0, 100),
          createdAt: now,
        })),
      );
      const result = await this.store.apply([], {
        reclassify: false,
        now,
        cause: { actor, reason: `split of aggregated case ${id}: ${input.reason}` },
      });
      const createdId = result.idsByKey.get(groupKey);
      if (createdId === undefined) throw new Error(`the split group ${groupKey} was not created`);
      const after = await this.load(id);
      const created = await this.load(createdId);
      await this.audit.record({
        actor,
        action: 'split',
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: id,
        before: auditable(original),
        after: { ...auditable(after), splitInto: createdId, caseIds },
        reason: input.reason,
      });
      await this.audit.record({
        actor,
        action: 'split',
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: createdId,
        before: null,
        after: { ...auditable(created), splitFrom: id, caseIds },
        reason: input.reason,
      });
      return createdId;
    });
    return this.reads.detail(newId, actor, baseUrl);
  }

  private async load(id: number): Promise<AggregatedCase> {
    const row = await this.aggregates.findById(id);
    if (!row) throw notFound(SUPPORT_HUB_ERRORS.AGGREGATED_CASE_NOT_FOUND, `Aggregated case ${id} does not exist`);
    return row;
  }
}
