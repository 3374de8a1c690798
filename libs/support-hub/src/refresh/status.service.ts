import { Injectable } from '@nestjs/common';
import { Clock, Database } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { AggregatedCaseRepository } from '../aggregated-case/aggregated-case.repository.js';
import { SupportCaseRepository } from '../case/support-case.repository.js';
import { CrmSources } from '../source/crm-sources.js';
import { refreshRunHref } from '../support-hub-paths.js';
import type { HubStatusView, RefreshRunView } from './dto/refresh.dto.js';
import { HubStateRepository } from './hub-state.repository.js';
import { type RunReport, toRunReport, toSourceReport } from './refresh-report.js';
import { RUN_STALE_MS } from './refresh-run-recorder.js';
import { RefreshRunRepository } from './refresh-run.repository.js';
import { RefreshScheduler } from './refresh.scheduler.js';
import { RefreshService } from './refresh.service.js';

export const toRefreshRunView = (report: RunReport, baseUrl: string, joined?: boolean): RefreshRunView => ({
  ...report,
  href: refreshRunHref(baseUrl, report.id),
  ...(joined === undefined ? {} : { joined }),
});

/** Freshness, source health, the runs, and what comes next. */
@Injectable()
export class StatusService {
  constructor(
    private readonly settings: SupportHubSettings,
    private readonly clock: Clock,
    private readonly db: Database,
    private readonly state: HubStateRepository,
    private readonly runs: RefreshRunRepository,
    private readonly cases: SupportCaseRepository,
    private readonly aggregates: AggregatedCaseRepository,
    private readonly sources: CrmSources,
    private readonly refresh: RefreshService,
    private readonly scheduler: RefreshScheduler,
  ) {}

  status(baseUrl: string): Promise<HubStatusView> {
    return this.db.transaction(async () => {
      const now = this.clock.nowMs();
      const hub = await this.state.get();
      const states = new Map((await this.state.sources()).map((s) => [s.source, s]));
      const lastSourceRuns = await this.runs.lastPerSource(this.sources.all.map((s) => s.name));
      const counts = await this.cases.countBySource();
      const latest = await this.runs.latest(5);
      const local = this.refresh.current;
      const running = local ? null : await this.runs.findRunning(new Date(now - RUN_STALE_MS));
      const inProgress = local ? toRunReport(local.run, [], local.progress) : running ? toRunReport(running, []) : null;
      const nextAllowedAt = this.refresh.nextAllowedAt(hub.lastRefreshedAt);
      const ageMs = hub.lastRefreshedAt ? now - hub.lastRefreshedAt.getTime() : null;
      return {
        lastRefreshedAt: hub.lastRefreshedAt?.toISOString() ?? null,
        ageSeconds: ageMs === null ? null : Math.max(0, Math.floor(ageMs / 1000)),
        stale: ageMs === null || ageMs > this.settings.refreshHours * 3_600_000,
        refreshIntervalHours: this.settings.refreshHours,
        minRefreshMinutes: this.settings.minRefreshMinutes,
        canRefresh: nextAllowedAt === null && this.sources.configured.length > 0,
        nextAllowedAt: nextAllowedAt?.toISOString() ?? null,
        retryAfterSeconds: nextAllowedAt ? Math.ceil((nextAllowedAt.getTime() - now) / 1000) : 0,
        nextScheduledAt: this.scheduler.nextRunAt?.toISOString() ?? null,
        inProgress: inProgress ? toRefreshRunView(inProgress, baseUrl) : null,
        sources: this.sources.all.map((adapter) => {
          const state = states.get(adapter.name);
          const last = lastSourceRuns.get(adapter.name);
          return {
            source: adapter.name,
            url: adapter.baseUrl,
            configured: adapter.baseUrl !== null,
            healthy: adapter.baseUrl !== null && (state?.healthy ?? true),
            lastSuccessAt: state?.lastSuccessAt?.toISOString() ?? null,
            lastFailureAt: state?.lastFailureAt?.toISOString() ?? null,
            lastError: state?.lastError ?? null,
            consecutiveFailures: state?.consecutiveFailures ?? 0,
            watermark: state?.watermark?.toISOString() ?? null,
            lastFullSyncAt: state?.lastFullSyncAt?.toISOString() ?? null,
            caseCount: counts.get(adapter.name) ?? 0,
            lastRun: last ? toSourceReport(last) : null,
          };
        }),
        lastRuns: latest.map(({ run, sources }) => toRefreshRunView(toRunReport(run, sources), baseUrl)),
        aggregatedCaseCount: await this.aggregates.count(),
        caseCount: [...counts.values()].reduce((a, b) => a + b, 0),
      };
    });
  }
}
