import { Injectable, Logger } from '@nestjs/common';
import { Clock, Database } from '@contactly/platform';
import { ConsolidationStore, type SourcePull } from '../consolidation/consolidation.store.js';
import { FetchAborted } from '../source/vendor-http.js';
import type { RunProgress } from './refresh-report.js';
import type { RefreshRun } from './refresh-run.entity.js';
import { RefreshLease } from './refresh-lease.js';
import { RefreshRunRecorder } from './refresh-run-recorder.js';
import { SourcePuller } from './source-puller.js';
import type { SourceOutcome } from './sync-plan.js';

const HEARTBEAT_MS = 2_000;
/** A refresh moves aggregated cases because the CRMs say so, whoever asked for it. */
const REFRESH_ACTOR = { userId: null, username: 'support-hub-refresh' };

/** A run the coordinator started, under its lease. */
export interface RefreshJob {
  run: RefreshRun;
  progress: RunProgress;
  /** Pull everything from every source. */
  full: boolean;
  /** Date.now() when the run was stamped `startedAt`: its duration counts from the same moment. */
  startedMs: number;
  holder: string;
  /** Aborted when the server stops: the pulls stop and the run is recorded as failed. */
  signal: AbortSignal;
}

/**
 * Carries out a run: pulls every source (renewing the lease and beating the run's heartbeat
 * meanwhile), then consolidates and records the run in one transaction. Never throws: a run that
 * fails is recorded as failed.
 */
@Injectable()
export class RefreshExecutor {
  private readonly logger = new Logger(RefreshExecutor.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly lease: RefreshLease,
    private readonly puller: SourcePuller,
    private readonly store: ConsolidationStore,
    private readonly recorder: RefreshRunRecorder,
  ) {}

  async execute(job: RefreshJob): Promise<void> {
    const { run, progress, startedMs } = job;
    const beat = () => this.recorder.heartbeat(run.id, progress);
    const heartbeat = setInterval(() => {
      this.lease.renew(job.holder);
      void beat();
    }, HEARTBEAT_MS);
    try {
      const plans = await this.puller.plan(job.full, progress);
      const outcomes = await this.puller.pullAll(plans, progress, job.signal);
      if (job.signal.aborted) throw new FetchAborted();
      clearInterval(heartbeat);
      progress.phase = 'consolidating';
      await beat();
      const succeeded = outcomes.filter((o): o is SourceOutcome & { ok: true } => o.ok);
      const status = await this.db.transaction(async () => {
        const now = this.clock.now();
        const pulls: SourcePull[] = succeeded.map((o) => ({
          source: o.adapter.name,
          cases: o.result.cases,
          seenIds: o.result.seenIds,
          deleteUnseen: o.mode === 'full' && o.counters.unreadable === 0,
        }));
        const result = succeeded.length
          ? await this.store.apply(pulls, { reclassify: true, now, cause: { actor: REFRESH_ACTOR, reason: `refresh run ${run.id}` } })
          : null;
        return this.recorder.finished(run.id, { plans, outcomes, result, now, startedMs });
      });
      progress.phase = 'done';
      this.logger.log(`Support hub refresh ${run.id} ${status} in ${Date.now() - startedMs} ms`);
    } catch (error) {
      const message =
        error instanceof FetchAborted ? error.message : `refresh failed: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof FetchAborted)) this.logger.error({ err: error }, `Support hub refresh ${run.id} failed`);
      await this.recorder.failed(run.id, message, startedMs);
    } finally {
      clearInterval(heartbeat);
    }
  }
}
