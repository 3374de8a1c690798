import { Injectable, Logger } from '@nestjs/common';
import { Clock, Database, EventRecorder } from '@contactly/platform';
import type { ConsolidationResult } from '../consolidation/consolidation.store.js';
import { clip } from '../shared/clip.js';
import { HubStateRepository } from './hub-state.repository.js';
import { type RunProgress, toRunReport } from './refresh-report.js';
import type { RefreshRun, RefreshTrigger, RunStatus } from './refresh-run.entity.js';
import { RefreshRunRepository } from './refresh-run.repository.js';
import { sourceRunRows } from './source-run-rows.js';
import { nextSourceState, type SourceOutcome, type SourcePlan } from './sync-plan.js';

/** A running run without a heartbeat for this long was abandoned (its instance died). */
export const RUN_STALE_MS = 2 * 60_000;

/** What a run did, for its record. */
export interface RunFinish {
  plans: readonly SourcePlan[];
  outcomes: readonly SourceOutcome[];
  /** The consolidation's result; null when no source succeeded (nothing was written). */
  result: ConsolidationResult | null;
  /** The moment of the consolidation: the sources' rows and states say it. */
  now: Date;
  /** Date.now() when the run was stamped `startedAt`: its duration counts from the same moment. */
  startedMs: number;
}

/**
 * The record of refresh runs: the `refresh_run` row from start to finish (heartbeats with live
 * progress), the `refresh_source_run` rows and each source's state, and the completion event.
 */
@Injectable()
export class RefreshRunRecorder {
  private readonly logger = new Logger(RefreshRunRecorder.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly runs: RefreshRunRepository,
    private readonly state: HubStateRepository,
    private readonly events: EventRecorder,
  ) {}

  /** Records a run as started (and the runs whose instance died as failed). */
  start(trigger: RefreshTrigger, requestedBy: string | null, holder: string, now: Date): Promise<RefreshRun> {
    return this.db.transaction(async () => {
      await this.runs.failAbandoned(new Date(now.getTime() - RUN_STALE_MS), now);
      return this.runs.insert({
        trigger,
        status: 'running',
        requestedBy,
        holder: holder.slice(0, 100),
        startedAt: now,
        finishedAt: null,
        heartbeatAt: now,
        durationMs: null,
        progress: null,
        error: null,
        aggregatedCreated: 0,
        aggregatedChanged: 0,
        aggregatedClosed: 0,
        aggregatedRemoved: 0,
        caseCount: null,
        aggregatedCount: null,
      });
    });
  }

  /** The run is alive, with its live counters; best effort. */
  heartbeat(runId: number, progress: RunProgress): Promise<void> {
    // Through Database.transaction: on SQLite (one connection) a bare write would join whatever transaction is open.
    return this.db.transaction(() => this.runs.heartbeat(runId, this.clock.now(), JSON.stringify(progress))).catch(() => undefined);
  }

  /** Records a run that got its sources' data, inside the transaction of the consolidation's writes. */
  async finished(runId: number, finish: RunFinish): Promise<RunStatus> {
    const { outcomes, result, now } = finish;
    const succeeded = outcomes.filter((o) => o.ok).length;
    const status: RunStatus = succeeded === outcomes.length ? 'succeeded' : succeeded ? 'partial' : 'failed';
    await this.recordSources(runId, finish);
    // Taken after the consolidation's writes, the last moment before the commit: finishedAt and durationMs tell the same time.
    await this.runs.finish(runId, {
      status,
      finishedAt: this.clock.now(),
      durationMs: Date.now() - finish.startedMs,
      progress: null,
      error:
        status === 'failed'
          ? clip(
              `Every source failed: ${outcomes
                .map((o) => (o.ok ? '' : `${o.adapter.label}: ${o.error}`))
                .filter(Boolean)
                .join('; ')}`,
            )
          : null,
      aggregatedCreated: result?.aggregated.created ?? 0,
      aggregatedChanged: result?.aggregated.changed ?? 0,
      aggregatedClosed: result?.aggregated.closed ?? 0,
      aggregatedRemoved: result?.aggregated.removed ?? 0,
      caseCount: result?.caseCount ?? null,
      aggregatedCount: result?.aggregatedCount ?? null,
    });
    if (result) await this.state.markRefreshed(now, runId);
    await this.recordCompletion(runId);
    return status;
  }

  /** Records a run that stopped before it could write (in its own transaction; never throws). */
  async failed(runId: number, message: string, startedMs: number): Promise<void> {
    await this.db
      .transaction(async () => {
        await this.runs.finish(runId, {
          status: 'failed',
          finishedAt: this.clock.now(),
          durationMs: Date.now() - startedMs,
          progress: null,
          error: clip(message),
        });
        await this.recordCompletion(runId);
      })
      .catch((inner) => this.logger.error({ err: inner }, `Could not record the failure of refresh ${runId}`));
  }

  /** The per-source rows of the run and each source's state (watermark, health). */
  private async recordSources(runId: number, { plans, outcomes, result, now }: RunFinish): Promise<void> {
    const rows = sourceRunRows(runId, plans, outcomes, result?.perSource, now);
    for (const plan of plans) {
      const outcome = outcomes.find((o) => o.adapter.name === plan.adapter.name);
      if (outcome) await this.state.saveSource(nextSourceState(plan, outcome, now));
    }
    await this.runs.insertSourceRuns(rows);
  }

  private async recordCompletion(runId: number): Promise<void> {
    const found = await this.runs.findById(runId);
    if (!found) return;
    await this.events.record({
      eventType: 'SupportHubRefreshCompleteEvent',
      resourceType: 'supportHubRefresh',
      resourceId: runId,
      resource: toRunReport(found.run, found.sources),
    });
  }
}
