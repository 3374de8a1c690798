import { randomUUID } from 'node:crypto';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Clock, conflict, Database, EventRecorder, forbidden, LeaseService, notFound, type Principal, rateLimited, unavailable } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { ConsolidationStore, type ConsolidationResult, type SourcePull } from '../consolidation/consolidation.store.js';
import { CrmSources } from '../source/crm-sources.js';
import type { PullResult, SourceAdapter } from '../source/source-adapter.js';
import { emptyCounters, type FetchCounters, FetchAborted } from '../source/vendor-http.js';
import { HubStateRepository } from './hub-state.repository.js';
import { type RunProgress, type RunReport, toRunReport } from './refresh-report.js';
import type { RefreshRun, RefreshTrigger, RunStatus } from './refresh-run.entity.js';
import { RefreshRunRepository } from './refresh-run.repository.js';
import type { RefreshSourceRun, SyncMode } from './refresh-source-run.entity.js';
import type { SourceState } from './source-state.entity.js';

export const REFRESH_LEASE = 'support-hub-refresh';
const LEASE_TTL_MS = 5 * 60_000;
const HEARTBEAT_MS = 2_000;
/** A running run without a heartbeat for this long was abandoned (its instance died). */
export const RUN_STALE_MS = 2 * 60_000;
const SHUTDOWN_WAIT_MS = 15_000;
/** How long a trigger that lost the lease waits for the winner's run to appear before it gives up (409). */
const JOIN_WAIT_MS = 15_000;

export interface RefreshRequest {
  force?: boolean;
  /** Pull everything from every source (a full sync) instead of what changed. */
  full?: boolean;
  /** Answer when the run has finished, with its report. */
  wait?: boolean;
}

export interface TriggerResult {
  report: RunReport;
  /** The run was already going (started by someone else, or the schedule): this request joined it. */
  joined: boolean;
}

interface ActiveRun {
  run: RefreshRun;
  progress: RunProgress;
  full: boolean;
  done: Promise<void>;
  /** Date.now() when the run was stamped `startedAt`: its duration counts from the same moment. */
  startedMs: number;
}

interface SourcePlan {
  adapter: SourceAdapter;
  state: SourceState | undefined;
  mode: SyncMode;
  since: Date | undefined;
}

type SourceOutcome = SourcePlan & {
  counters: FetchCounters;
  startedAt: Date;
  durationMs: number;
} & ({ ok: true; result: PullResult } | { ok: false; error: string });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clip = (text: string, max = 1000) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Refreshes of the CRM data. One at a time across all instances (a database lease) and within this
 * one (a trigger while a run is going joins it: the same run id). Each source is pulled on its own
 * — one failing keeps its previous cases and is marked unhealthy — then everything is consolidated
 * and written in one transaction, with the run's report.
 */
@Injectable()
export class RefreshService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RefreshService.name);
  private active: ActiveRun | null = null;
  private triggers: Promise<unknown> = Promise.resolve();
  private readonly stopping = new AbortController();

  constructor(
    private readonly settings: SupportHubSettings,
    private readonly clock: Clock,
    private readonly lease: LeaseService,
    private readonly db: Database,
    private readonly runs: RefreshRunRepository,
    private readonly state: HubStateRepository,
    private readonly sources: CrmSources,
    private readonly store: ConsolidationStore,
    private readonly events: EventRecorder,
  ) {}

  /** A person asks for a refresh: at most every SUPPORT_HUB_MIN_REFRESH_MINUTES unless forced. */
  async request(principal: Principal, options: RefreshRequest): Promise<TriggerResult> {
    if (options.force && !principal.permissions.has('support-hub:force-refresh')) {
      throw forbidden('PERMISSION_DENIED', 'A forced refresh needs the permission support-hub:force-refresh');
    }
    const started = await this.trigger(options.force ? 'forced' : 'manual', principal.username, { enforceMinInterval: !options.force, full: options.full ?? false });
    if (!options.wait) return started;
    return { report: await this.waitFor(started.report.id), joined: started.joined };
  }

  /** The schedule's tick: refreshes unless another instance just did. */
  async scheduled(): Promise<RunReport | null> {
    const { lastRefreshedAt } = await this.state.get();
    const intervalMs = this.settings.refreshHours * 3_600_000;
    // Every instance ticks; the first one's run makes the data fresh for the others.
    if (lastRefreshedAt && this.clock.nowMs() - lastRefreshedAt.getTime() < intervalMs * 0.9) return null;
    const { report } = await this.trigger('scheduled', null, { enforceMinInterval: false, full: false });
    return report;
  }

  /** The live state of the run going on in this instance, if any. */
  get current(): { run: RefreshRun; progress: RunProgress } | null {
    return this.active ? { run: this.active.run, progress: this.active.progress } : null;
  }

  async report(id: number): Promise<RunReport> {
    const found = await this.runs.findById(id);
    if (!found) throw notFound('REFRESH_RUN_NOT_FOUND', `Refresh run ${id} does not exist`);
    const live = this.active?.run.id === id ? this.active.progress : undefined;
    return toRunReport(found.run, found.sources, live);
  }

  /** When a person may refresh next (null: now). */
  nextAllowedAt(lastRefreshedAt: Date | null): Date | null {
    if (!lastRefreshedAt) return null;
    const next = new Date(lastRefreshedAt.getTime() + this.settings.minRefreshMinutes * 60_000);
    return next.getTime() > this.clock.nowMs() ? next : null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    const running = this.active?.done;
    if (running) await Promise.race([running.catch(() => undefined), sleep(SHUTDOWN_WAIT_MS)]);
  }

  /** Starts a run or joins the one going on; triggers on this instance are decided one at a time. */
  private trigger(trigger: RefreshTrigger, requestedBy: string | null, options: { enforceMinInterval: boolean; full: boolean }): Promise<TriggerResult> {
    const result = this.triggers.then(() => this.startOrJoin(trigger, requestedBy, options));
    this.triggers = result.catch(() => undefined);
    return result;
  }

  private async startOrJoin(trigger: RefreshTrigger, requestedBy: string | null, options: { enforceMinInterval: boolean; full: boolean }): Promise<TriggerResult> {
    if (this.active) return { report: toRunReport(this.active.run, [], this.active.progress), joined: true };
    if (this.stopping.signal.aborted) throw unavailable('SERVER_STOPPING', 'The server is shutting down');
    // One read: a run going on now is joined; a run started after it answers this trigger too, even when it has finished before we look again.
    const latest = await this.runs.newest();
    if (latest?.status === 'running' && latest.heartbeatAt.getTime() >= this.clock.nowMs() - RUN_STALE_MS) return { report: toRunReport(latest, []), joined: true };
    const lastRunBefore = latest?.id ?? 0;
    if (options.enforceMinInterval) await this.assertMinIntervalPassed();
    if (!this.sources.configured.length) {
      throw unavailable('SUPPORT_HUB_NOT_CONFIGURED', 'No CRM is configured: set BANANA_URL and/or STRAWBERRY_URL');
    }
    const holder = `${this.lease.holderId.slice(0, 80)}/${randomUUID().slice(0, 8)}`;
    const acquired = await this.lease.tryAcquire(REFRESH_LEASE, LEASE_TTL_MS, holder).catch(async (error: unknown) => {
      // The database did not say whether we took it: give it back rather than block refreshes for the lease's TTL.
      await this.lease.release(REFRESH_LEASE, holder).catch(() => undefined);
      throw error;
    });
    if (!acquired) {
      // Another instance took the lease a moment ago: join its run as soon as it is recorded — even
      // when it has finished by then (a quick refresh), since it started after this trigger.
      for (let waited = 0; waited < JOIN_WAIT_MS; waited += 100) {
        await sleep(100);
        const other = (await this.findRunningElsewhere()) ?? (await this.runs.firstAfter(lastRunBefore).then((run) => (run ? toRunReport(run, []) : null)));
        if (other) return { report: other, joined: true };
      }
      throw conflict('REFRESH_BUSY', 'Another server instance holds the refresh but has recorded no run; try again in a moment');
    }
    // Another instance's run started after this trigger and has finished already: it answered it.
    const answered = await this.runs.firstAfter(lastRunBefore);
    if (answered) {
      await this.lease.release(REFRESH_LEASE, holder).catch(() => undefined);
      return { report: toRunReport(answered, []), joined: true };
    }
    try {
      const now = this.clock.now();
      const startedMs = Date.now();
      const run = await this.db.transaction(async () => {
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
      const progress: RunProgress = { phase: 'pulling', sources: {} };
      const active: ActiveRun = { run, progress, full: options.full, done: Promise.resolve(), startedMs };
      active.done = this.execute(active, holder).finally(() => {
        this.active = null;
        return this.lease.release(REFRESH_LEASE, holder).catch((error) => this.logger.warn(`Could not release the refresh lease: ${String(error)}`));
      });
      this.active = active;
      return { report: toRunReport(run, [], progress), joined: false };
    } catch (error) {
      await this.lease.release(REFRESH_LEASE, holder).catch(() => undefined);
      throw error;
    }
  }

  private async findRunningElsewhere(): Promise<RunReport | null> {
    const running = await this.runs.findRunning(new Date(this.clock.nowMs() - RUN_STALE_MS));
    return running ? toRunReport(running, []) : null;
  }

  private async assertMinIntervalPassed(): Promise<void> {
    const { lastRefreshedAt } = await this.state.get();
    const nextAllowedAt = this.nextAllowedAt(lastRefreshedAt);
    if (!lastRefreshedAt || !nextAllowedAt) return;
    const minutes = this.settings.minRefreshMinutes;
    throw rateLimited('REFRESH_TOO_SOON', `The data was refreshed less than ${minutes} minutes ago (at ${lastRefreshedAt.toISOString()}); refresh again from ${nextAllowedAt.toISOString()}`, (nextAllowedAt.getTime() - this.clock.nowMs()) / 1000, {
      lastRefreshedAt: lastRefreshedAt.toISOString(),
      nextAllowedAt: nextAllowedAt.toISOString(),
    });
  }

  /** Waits for a run to finish: this instance's by its promise, another instance's by polling. */
  private async waitFor(id: number): Promise<RunReport> {
    if (this.active?.run.id === id) await this.active.done;
    for (;;) {
      const report = await this.report(id);
      if (report.status !== 'running') return report;
      await sleep(250);
    }
  }

  private plan(adapter: SourceAdapter, state: SourceState | undefined, forceFull: boolean): SourcePlan {
    const settings = this.settings;
    const now = this.clock.nowMs();
    const full =
      forceFull ||
      !state?.watermark ||
      !state.lastFullSyncAt ||
      state.runsSinceFull + 1 >= settings.fullSyncEvery ||
      now - state.lastFullSyncAt.getTime() >= settings.fullSyncHours * 3_600_000;
    return { adapter, state, mode: full ? 'full' : 'incremental', since: full ? undefined : (state?.watermark ?? undefined) };
  }

  private async execute(active: ActiveRun, holder: string): Promise<void> {
    const { run, progress, startedMs } = active;
    // Through Database.transaction: on SQLite (one connection) a bare write would join whatever transaction is open.
    const beat = () => this.db.transaction(() => this.runs.heartbeat(run.id, this.clock.now(), JSON.stringify(progress))).catch(() => undefined);
    const heartbeat = setInterval(() => {
      void this.lease.tryAcquire(REFRESH_LEASE, LEASE_TTL_MS, holder).catch(() => undefined);
      void beat();
    }, HEARTBEAT_MS);
    let outcomes: SourceOutcome[] = [];
    try {
      const states = new Map((await this.state.sources()).map((s) => [s.source, s]));
      const plans = this.sources.all.map((adapter) => this.plan(adapter, states.get(adapter.name), active.full));
      for (const plan of plans) {
        progress.sources[plan.adapter.name] = { state: plan.adapter.baseUrl ? 'waiting' : 'not-configured', mode: plan.mode, counters: emptyCounters() };
      }
      outcomes = await Promise.all(plans.filter((p) => p.adapter.baseUrl).map((plan) => this.pullSource(plan, progress)));
      if (this.stopping.signal.aborted) throw new FetchAborted();
      clearInterval(heartbeat);
      progress.phase = 'consolidating';
      await beat();
      const succeeded = outcomes.filter((o): o is SourceOutcome & { ok: true } => o.ok);
      const status: RunStatus = succeeded.length === outcomes.length ? 'succeeded' : succeeded.length ? 'partial' : 'failed';
      await this.db.transaction(async () => {
        const now = this.clock.now();
        const pulls: SourcePull[] = succeeded.map((o) => ({
          source: o.adapter.name,
          cases: o.result.cases,
          seenIds: o.result.seenIds,
          deleteUnseen: o.mode === 'full' && o.counters.unreadable === 0,
        }));
        const result = succeeded.length ? await this.store.apply(pulls, { reclassify: true, now }) : null;
        await this.recordSources(run, plans, outcomes, result, now);
        // Taken after the consolidation's writes, the last moment before the commit: finishedAt and durationMs tell the same time.
        await this.runs.finish(run.id, {
          status,
          finishedAt: this.clock.now(),
          durationMs: Date.now() - startedMs,
          progress: null,
          error: status === 'failed' ? clip(`Every source failed: ${outcomes.map((o) => (o.ok ? '' : `${o.adapter.label}: ${o.error}`)).filter(Boolean).join('; ')}`) : null,
          aggregatedCreated: result?.aggregated.created ?? 0,
          aggregatedChanged: result?.aggregated.changed ?? 0,
          aggregatedClosed: result?.aggregated.closed ?? 0,
          aggregatedRemoved: result?.aggregated.removed ?? 0,
          caseCount: result?.caseCount ?? null,
          aggregatedCount: result?.aggregatedCount ?? null,
        });
        if (result) await this.state.markRefreshed(now, run.id);
        await this.recordCompletion(run.id);
      });
      progress.phase = 'done';
      this.logger.log(`Support hub refresh ${run.id} ${status} in ${Date.now() - startedMs} ms`);
    } catch (error) {
      const message = error instanceof FetchAborted ? error.message : `refresh failed: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof FetchAborted)) this.logger.error({ err: error }, `Support hub refresh ${run.id} failed`);
      await this.db
        .transaction(async () => {
          await this.runs.finish(run.id, { status: 'failed', finishedAt: this.clock.now(), durationMs: Date.now() - startedMs, progress: null, error: clip(message) });
          await this.recordCompletion(run.id);
        })
        .catch((inner) => this.logger.error({ err: inner }, `Could not record the failure of refresh ${run.id}`));
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async pullSource(plan: SourcePlan, progress: RunProgress): Promise<SourceOutcome> {
    const entry = progress.sources[plan.adapter.name];
    entry.state = 'pulling';
    const startedAt = this.clock.now();
    const startedMs = Date.now();
    try {
      const result = await plan.adapter.pull({ since: plan.since, signal: this.stopping.signal, counters: entry.counters });
      entry.state = 'done';
      return { ...plan, ok: true, result, counters: entry.counters, startedAt, durationMs: Date.now() - startedMs };
    } catch (error) {
      entry.state = 'failed';
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`${plan.adapter.label} could not be pulled: ${message}`);
      return { ...plan, ok: false, error: message, counters: entry.counters, startedAt, durationMs: Date.now() - startedMs };
    }
  }

  /** The per-source rows of the run and each source's state (watermark, health), in the run's transaction. */
  private async recordSources(run: RefreshRun, plans: SourcePlan[], outcomes: SourceOutcome[], result: ConsolidationResult | null, now: Date): Promise<void> {
    const rows: Omit<RefreshSourceRun, 'id' | 'run'>[] = [];
    for (const plan of plans) {
      const outcome = outcomes.find((o) => o.adapter.name === plan.adapter.name);
      if (!outcome) {
        rows.push(this.sourceRow(run.id, plan, 'not-configured', emptyCounters(), now, 0, now, null, null, 'BANANA_URL/STRAWBERRY_URL not set'));
        continue;
      }
      const counts = result?.perSource.get(plan.adapter.name);
      const notes: string[] = [];
      if (outcome.ok && plan.mode === 'full' && outcome.counters.unreadable > 0) {
        notes.push(`deleted cases not detected this run: ${outcome.counters.unreadable} record(s) had no readable id`);
      }
      if (outcome.counters.samples.length) notes.push(`skipped: ${outcome.counters.samples.join('; ')}`);
      rows.push(this.sourceRow(run.id, plan, outcome.ok ? 'succeeded' : 'failed', outcome.counters, outcome.startedAt, outcome.durationMs, now, outcome.ok ? null : outcome.error, counts ?? null, notes.join(' — ') || null));
      await this.state.saveSource(this.nextSourceState(plan, outcome, now));
    }
    await this.runs.insertSourceRuns(rows);
  }

  private sourceRow(
    runId: number,
    plan: SourcePlan,
    status: RefreshSourceRun['status'],
    counters: FetchCounters,
    startedAt: Date,
    durationMs: number,
    finishedAt: Date,
    error: string | null,
    counts: { new: number; changed: number; unchanged: number; deleted: number; unclassified: number } | null,
    note: string | null,
  ): Omit<RefreshSourceRun, 'id' | 'run'> {
    return {
      runId,
      source: plan.adapter.name,
      mode: plan.mode,
      status,
      since: plan.since ?? null,
      fetched: counters.cases,
      newCount: counts?.new ?? 0,
      changed: counts?.changed ?? 0,
      unchanged: counts?.unchanged ?? 0,
      deleted: counts?.deleted ?? 0,
      skippedMalformed: counters.malformed,
      duplicates: counters.duplicates,
      unclassified: counts?.unclassified ?? 0,
      pages: counters.pages,
      requests: counters.requests,
      retries: counters.retries,
      timeouts: counters.timeouts,
      rateLimited: counters.rateLimited,
      serverErrors: counters.serverErrors,
      malformedResponses: counters.malformedResponses,
      note: note ? clip(note) : null,
      error: error ? clip(error) : null,
      durationMs,
      startedAt,
      finishedAt,
    };
  }

  private nextSourceState(plan: SourcePlan, outcome: SourceOutcome, now: Date): SourceState {
    const previous: SourceState = plan.state ?? {
      source: plan.adapter.name,
      watermark: null,
      runsSinceFull: 0,
      lastFullSyncAt: null,
      healthy: true,
      lastSuccessAt: null,
      lastFailureAt: null,
      lastError: null,
      consecutiveFailures: 0,
    };
    if (!outcome.ok) {
      return { ...previous, healthy: false, lastFailureAt: now, lastError: clip(outcome.error), consecutiveFailures: previous.consecutiveFailures + 1 };
    }
    let watermark = previous.watermark?.getTime() ?? -1;
    for (const c of outcome.result.cases) watermark = Math.max(watermark, c.updatedAt.getTime());
    const full = plan.mode === 'full';
    return {
      ...previous,
      watermark: watermark >= 0 ? new Date(watermark) : previous.watermark,
      runsSinceFull: full ? 0 : previous.runsSinceFull + 1,
      lastFullSyncAt: full ? now : previous.lastFullSyncAt,
      healthy: true,
      lastSuccessAt: now,
      lastError: null,
      consecutiveFailures: 0,
    };
  }

  private async recordCompletion(runId: number): Promise<void> {
    const found = await this.runs.findById(runId);
    if (!found) return;
    await this.events.record({ eventType: 'SupportHubRefreshCompleteEvent', resourceType: 'supportHubRefresh', resourceId: runId, resource: toRunReport(found.run, found.sources) });
  }
}
