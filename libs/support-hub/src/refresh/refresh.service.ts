import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { PLATFORM_ERRORS, Clock, conflict, forbidden, notFound, type Principal, rateLimited, unavailable } from '@contactly/platform';
import { CrmSources } from '../source/crm-sources.js';
import { SupportHubSettings } from '../support-hub.settings.js';
import { HubStateRepository } from './hub-state.repository.js';
import { RefreshExecutor } from './refresh-executor.js';
import { RefreshLease } from './refresh-lease.js';
import { type RunProgress, type RunReport, toRunReport } from './refresh-report.js';
import { RefreshRunRecorder, RUN_STALE_MS } from './refresh-run-recorder.js';
import type { RefreshRun, RefreshTrigger } from './refresh-run.entity.js';
import { RefreshRunRepository } from './refresh-run.repository.js';
import { SUPPORT_HUB_ERRORS } from '../support-hub-errors.js';

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
  done: Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Refreshes of the CRM data: who runs one. One at a time across all instances (a database lease,
 * RefreshLease) and within this one (a trigger while a run is going joins it: the same run id; a
 * trigger that lost the lease joins the winner's run, or answers REFRESH_BUSY when none appears).
 * The run itself is RefreshExecutor's; its record, RefreshRunRecorder's.
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
    private readonly lease: RefreshLease,
    private readonly runs: RefreshRunRepository,
    private readonly state: HubStateRepository,
    private readonly sources: CrmSources,
    private readonly recorder: RefreshRunRecorder,
    private readonly executor: RefreshExecutor,
  ) {}

  /** A person asks for a refresh: at most every SUPPORT_HUB_MIN_REFRESH_MINUTES unless forced. */
  async request(principal: Principal, options: RefreshRequest): Promise<TriggerResult> {
    if (options.force && !principal.permissions.has('support-hub:force-refresh')) {
      throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, 'A forced refresh needs the permission support-hub:force-refresh');
    }
    const started = await this.trigger(options.force ? 'forced' : 'manual', principal.username, {
      enforceMinInterval: !options.force,
      full: options.full ?? false,
    });
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
    if (!found) throw notFound(SUPPORT_HUB_ERRORS.REFRESH_RUN_NOT_FOUND, `Refresh run ${id} does not exist`);
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
  private trigger(
    trigger: RefreshTrigger,
    requestedBy: string | null,
    options: { enforceMinInterval: boolean; full: boolean },
  ): Promise<TriggerResult> {
    const result = this.triggers.then(() => this.startOrJoin(trigger, requestedBy, options));
    this.triggers = result.catch(() => undefined);
    return result;
  }

  private async startOrJoin(
    trigger: RefreshTrigger,
    requestedBy: string | null,
    options: { enforceMinInterval: boolean; full: boolean },
  ): Promise<TriggerResult> {
    if (this.active) return { report: toRunReport(this.active.run, [], this.active.progress), joined: true };
    if (this.stopping.signal.aborted) throw unavailable(SUPPORT_HUB_ERRORS.SERVER_STOPPING, 'The server is shutting down');
    // One read: a run going on now is joined; a run started after it answers this trigger too, even when it has finished before we look again.
    const latest = await this.runs.newest();
    if (latest?.status === 'running' && latest.heartbeatAt.getTime() >= this.clock.nowMs() - RUN_STALE_MS)
      return { report: toRunReport(latest, []), joined: true };
    const lastRunBefore = latest?.id ?? 0;
    if (options.enforceMinInterval) await this.assertMinIntervalPassed();
    if (!this.sources.configured.length) {
      throw unavailable(SUPPORT_HUB_ERRORS.SUPPORT_HUB_NOT_CONFIGURED, 'No CRM is configured: set BANANA_URL and/or STRAWBERRY_URL');
    }
    const holder = this.lease.newHolder();
    const acquired = await this.lease.acquire(holder);
    if (!acquired) {
      // Another instance took the lease a moment ago: join its run as soon as it is recorded — even
      // when it has finished by then (a quick refresh), since it started after this trigger.
      for (let waited = 0; waited < JOIN_WAIT_MS; waited += 100) {
        await sleep(100);
        const other =
          (await this.findRunningElsewhere()) ??
          (await this.runs.firstAfter(lastRunBefore).then((run) => (run ? toRunReport(run, []) : null)));
        if (other) return { report: other, joined: true };
      }
      throw conflict(
        SUPPORT_HUB_ERRORS.REFRESH_BUSY,
        'Another server instance holds the refresh but has recorded no run; try again in a moment',
      );
    }
    // Another instance's run started after this trigger and has finished already: it answered it.
    const answered = await this.runs.firstAfter(lastRunBefore);
    if (answered) {
      await this.lease.release(holder).catch(() => undefined);
      return { report: toRunReport(answered, []), joined: true };
    }
    try {
      const now = this.clock.now();
      const startedMs = Date.now();
      const run = await this.recorder.start(trigger, requestedBy, holder, now);
      const progress: RunProgress = { phase: 'pulling', sources: {} };
      const done = this.executor
        .execute({ run, progress, full: options.full, startedMs, holder, signal: this.stopping.signal })
        .finally(() => {
          this.active = null;
          return this.lease.release(holder).catch((error) => this.logger.warn(`Could not release the refresh lease: ${String(error)}`));
        });
      this.active = { run, progress, done };
      return { report: toRunReport(run, [], progress), joined: false };
    } catch (error) {
      await this.lease.release(holder).catch(() => undefined);
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
    throw rateLimited(
      SUPPORT_HUB_ERRORS.REFRESH_TOO_SOON,
      `The data was refreshed less than ${minutes} minutes ago (at ${lastRefreshedAt.toISOString()}); refresh again from ${nextAllowedAt.toISOString()}`,
      (nextAllowedAt.getTime() - this.clock.nowMs()) / 1000,
      {
        lastRefreshedAt: lastRefreshedAt.toISOString(),
        nextAllowedAt: nextAllowedAt.toISOString(),
      },
    );
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
}
