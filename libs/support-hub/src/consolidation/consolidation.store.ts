import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Database, EventRecorder, StateTransitionRecorder, type TransitionActor } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { aggregatedCaseEvents } from '../aggregated-case/aggregated-case-events.js';
import { aggregatedCaseProcess, statusTransitions } from '../aggregated-case/aggregated-case.process.js';
import { AggregatedCaseRepository } from '../aggregated-case/aggregated-case.repository.js';
import { type StoredCase, SupportCaseRepository } from '../case/support-case.repository.js';
import { OverrideRepository } from '../override/override.repository.js';
import { HubStateRepository } from '../refresh/hub-state.repository.js';
import { GroupingRuleRepository } from '../rule/grouping-rule.repository.js';
import { aggregateChanges } from './aggregate-changes.js';
import { caseWrites } from './case-writes.js';
import { Classifier } from './classify.js';
import { consolidate } from './consolidate.js';
import { newMembers, type Snapshot, snapshotOf, type WrittenState } from './consolidation-snapshot.js';
import { compileRules, type GroupingRules, type RuleRecord } from './grouping-rules.js';
import { countTotals, mergePulls, type SourceCounts, type SourcePull } from './merge-pulls.js';
import { SnapshotCache } from './snapshot-cache.js';

export type { SourceCounts, SourcePull } from './merge-pulls.js';

export interface ConsolidationResult {
  perSource: Map<string, SourceCounts>;
  aggregated: { created: number; changed: number; closed: number; removed: number };
  caseCount: number;
  aggregatedCount: number;
  /** Group key → aggregated case id, after the write. */
  idsByKey: Map<string, number>;
}

/** Who and what moved the cases: the aggregated cases' status moves are recorded under it. */
export interface ConsolidationCause {
  actor: TransitionActor;
  reason: string;
}

/** A snapshot is dropped after this long, at least (caches are TTL-bounded); the next write reads the database. */
const SNAPSHOT_MIN_TTL_MS = 60 * 60_000;
/** Beyond this many new cases, their ids are read back in one scan rather than looked up. */
const SNAPSHOT_BULK_IDS = 5_000;

const toRuleRecord = (rule: RuleRecord): RuleRecord => ({
  id: rule.id,
  kind: rule.kind,
  pattern: rule.pattern,
  replacement: rule.replacement,
  position: rule.position,
  enabled: rule.enabled,
});

/**
 * Writes the consolidated view: reads the stored state, lets the pure consolidation (mergePulls,
 * consolidate, aggregateChanges, caseWrites) decide what changed, and writes only that — multi-row
 * upserts, one update per distinct set of derived values, deletes by id lists — plus one outbox
 * event per aggregated case created, changed or removed, and a recorded move of its process (history
 * and StateChangeEvent) per aggregated case whose status changed, all in multi-row inserts. Runs inside the caller's
 * transaction and first locks the hub's state row, so readers see the whole new view or the old
 * one, never a mix. Keeps what it wrote in memory (see Snapshot), so the next refresh on this
 * instance reads only what the CRMs changed.
 */
@Injectable()
export class ConsolidationStore implements OnModuleDestroy {
  private readonly logger = new Logger(ConsolidationStore.name);
  private readonly snapshots: SnapshotCache;

  constructor(
    private readonly db: Database,
    private readonly state: HubStateRepository,
    private readonly rules: GroupingRuleRepository,
    private readonly overrides: OverrideRepository,
    private readonly cases: SupportCaseRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly events: EventRecorder,
    private readonly transitions: StateTransitionRecorder,
    settings: SupportHubSettings,
  ) {
    // Long enough for the next scheduled refresh to find it.
    this.snapshots = new SnapshotCache(Math.min(2 ** 31 - 1, Math.max(SNAPSHOT_MIN_TTL_MS, settings.refreshHours * 3_600_000 * 1.25)));
  }

  async currentRules(): Promise<GroupingRules> {
    return compileRules((await this.rules.all()).map(toRuleRecord));
  }

  /**
   * `reclassify`: apply the grouping rules in force to every case (a refresh); without it, stored
   * classifications stay and only overrides move cases (a merge or split is not a rules change).
   * The aggregated cases whose status changed move through their process, under `cause`.
   */
  async apply(
    pulls: readonly SourcePull[],
    options: { reclassify: boolean; now: Date; cause: ConsolidationCause },
  ): Promise<ConsolidationResult> {
    this.db.assertInTransaction('ConsolidationStore.apply');
    const startedMs = performance.now();
    const token = randomUUID();
    const previousWriter = await this.state.lockForWrite(token);
    const ruleRecords = (await this.rules.all()).map(toRuleRecord);
    const rulesSignature = JSON.stringify(ruleRecords.filter((r) => r.enabled));
    const classifier = new Classifier(compileRules(ruleRecords));
    const { overrides } = await this.overrides.load();
    const snapshot = this.snapshots.find(previousWriter);
    const stored: ReadonlyMap<string, StoredCase> = snapshot
      ? snapshot.cases
      : new Map((await this.cases.loadAll()).map((c) => [c.ref, c]));
    const storedAggregates = snapshot ? snapshot.aggregates : await this.aggregates.loadAll();
    const loadedMs = performance.now();

    // Stored classifications stand when they were made with the rules in force.
    const { members, perSource, removedCaseIds } = mergePulls(
      stored,
      pulls,
      classifier,
      options.reclassify && snapshot?.rulesSignature !== rulesSignature,
    );
    const groups = consolidate(members.values(), overrides);
    const changes = aggregateChanges(groups, storedAggregates, options.now);
    await this.aggregates.upsert(changes.upserts);
    const idsByKey = new Map(storedAggregates.filter((a) => groups.has(a.groupKey)).map((a) => [a.groupKey, a.id]));
    for (const [key, id] of await this.aggregates.idsByKeys(changes.created.map((g) => g.key))) idsByKey.set(key, id);

    const { rows, regroupings } = caseWrites(groups.values(), stored, idsByKey, options.now);
    await this.cases.upsert(rows);
    for (const { values, ids } of regroupings) await this.cases.updateDerived(ids, values);
    await this.cases.deleteByIds(removedCaseIds);
    await this.aggregates.deleteByIds(changes.removed.map((a) => a.id));
    const writtenMs = performance.now();
    await this.events.recordMany(aggregatedCaseEvents(changes, idsByKey));
    await this.transitions.recordMany(aggregatedCaseProcess, statusTransitions(changes, options.cause.reason), options.cause.actor);

    await this.remember(
      {
        token,
        rulesSignature: options.reclassify ? rulesSignature : (snapshot?.rulesSignature ?? null),
        stored,
        groups,
        idsByKey,
        storedAggregates,
        changes,
        now: options.now,
      },
      snapshot,
    );
    countTotals(members.values(), perSource);
    this.logger.debug(
      `Consolidated ${members.size} cases into ${groups.size} groups in ${Math.round(performance.now() - startedMs)} ms (read ${snapshot ? 'from memory' : 'from the database'} in ${Math.round(loadedMs - startedMs)} ms; wrote ${rows.length} cases, ${regroupings.length} regroupings and ${changes.upserts.length} groups by ${Math.round(writtenMs - startedMs)} ms)`,
    );
    return {
      perSource,
      aggregated: {
        created: changes.created.length,
        changed: changes.changed.length,
        closed: changes.closed,
        removed: changes.removed.length,
      },
      caseCount: members.size,
      aggregatedCount: groups.size,
      idsByKey,
    };
  }

  onModuleDestroy(): void {
    this.snapshots.clear();
  }

  /** Keeps what this write leaves in the database, under its token (see SnapshotCache). */
  private async remember(written: WrittenState, previous: Snapshot | undefined): Promise<void> {
    const inserted = newMembers(written.groups, written.stored);
    // Many new cases (a first pull): one scan of the ids is cheaper than looking each up.
    const newIds = inserted.length > SNAPSHOT_BULK_IDS ? await this.cases.allIds() : await this.cases.idsOf(inserted);
    const snapshot = snapshotOf(written, newIds, Date.now());
    if (snapshot) this.snapshots.keep(snapshot, previous);
    else this.snapshots.clear();
  }
}
