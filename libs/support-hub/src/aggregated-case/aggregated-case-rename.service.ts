import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { assertVersion, ChangeRecorder, Clock, Database, type Principal, Versioned } from '@contactly/platform';
import { HubStateRepository } from '../refresh/hub-state.repository.js';
import { AGGREGATED_CASE_RESOURCE, AGGREGATED_CASE_TYPE } from './aggregated-case-events.js';
import { toAggregatedCaseView } from './aggregated-case.mapper.js';
import { AggregatedCaseRepository } from './aggregated-case.repository.js';
import { AggregatedCaseService } from './aggregated-case.service.js';
import type { AggregatedCaseDetailView, RenameAggregatedCaseDto } from './dto/aggregated-case.dto.js';

/**
 * People name aggregated cases (a split case's key says nothing). The name is the case's own: a
 * refresh never writes it, a merge keeps the target's.
 */
@Injectable()
export class AggregatedCaseRenameService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly state: HubStateRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly changes: ChangeRecorder,
    private readonly reads: AggregatedCaseService,
  ) {}

  /** `name: null` gives the case back its provider · error code; a stale If-Match is 412. */
  async rename(
    id: number,
    input: RenameAggregatedCaseDto,
    expectedVersion: number | undefined,
    actor: Principal,
    baseUrl: string,
  ): Promise<Versioned<AggregatedCaseDetailView>> {
    await this.db.transaction(async () => {
      // Queues behind refreshes, merges, splits and other renames, so the version read below is the
      // last one. A new writer token: the rename bumps the version, which the refresh snapshots
      // kept in memory do not know, so the next refresh reads the aggregated cases afresh.
      await this.state.lockForWrite(randomUUID());
      const row = await this.reads.find(id);
      assertVersion(expectedVersion, row.version, `Aggregated case ${id}`);
      if (input.name === undefined) return;
      const before = toAggregatedCaseView(row, baseUrl);
      const renamed = await this.aggregates.rename(row, input.name || null, this.clock.now());
      if (renamed === row) return;
      await this.changes.record({
        resource: AGGREGATED_CASE_RESOURCE,
        resourceType: AGGREGATED_CASE_TYPE,
        resourceId: id,
        actor,
        before,
        after: toAggregatedCaseView(renamed, baseUrl),
      });
    });
    return this.reads.detail(id, actor, baseUrl);
  }
}
