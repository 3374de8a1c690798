import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Clock } from '@contactly/platform';
import { SupportHubSettings } from '../support-hub.settings.js';
import { CrmSources } from '../source/crm-sources.js';
import { RefreshService } from './refresh.service.js';

const INTERVAL = 'support-hub-refresh';
const STARTUP = 'support-hub-refresh-startup';
/** The first tick comes shortly after start, so a fresh installation (or stale data) is filled at once. */
const STARTUP_DELAY_MS = 3_000;

/**
 * Refreshes every SUPPORT_HUB_REFRESH_HOURS (an interval registered with the SchedulerRegistry at
 * start, when SUPPORT_HUB_SCHEDULER is on and a CRM is configured). Every instance ticks; the lease
 * and the freshness check make one of them do the work.
 */
@Injectable()
export class RefreshScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RefreshScheduler.name);
  private nextAt: Date | null = null;

  constructor(
    private readonly settings: SupportHubSettings,
    private readonly clock: Clock,
    private readonly registry: SchedulerRegistry,
    private readonly refresh: RefreshService,
    private readonly sources: CrmSources,
  ) {}

  get enabled(): boolean {
    return this.settings.scheduler && this.sources.configured.length > 0;
  }

  get intervalMs(): number {
    return Math.round(this.settings.refreshHours * 3_600_000);
  }

  /** When the schedule ticks next (null when it is off). */
  get nextRunAt(): Date | null {
    return this.enabled ? this.nextAt : null;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.intervalMs),
    );
    this.registry.addTimeout(
      STARTUP,
      setTimeout(() => void this.tick(), STARTUP_DELAY_MS),
    );
    this.nextAt = new Date(this.clock.nowMs() + STARTUP_DELAY_MS);
  }

  beforeApplicationShutdown(): void {
    for (const remove of [() => this.registry.deleteInterval(INTERVAL), () => this.registry.deleteTimeout(STARTUP)]) {
      try {
        remove();
      } catch {
        // Not registered (scheduler off) or already fired.
      }
    }
  }

  async tick(): Promise<void> {
    this.nextAt = new Date(this.clock.nowMs() + this.intervalMs);
    try {
      const report = await this.refresh.scheduled();
      if (report) this.logger.log(`Scheduled support hub refresh: run ${report.id}`);
    } catch (error) {
      this.logger.warn(`Scheduled support hub refresh not started: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
