import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InventorySettings } from '../inventory.settings.js';
import { NumberPoolJobs } from './number-pool-jobs.js';

const INTERVAL = 'number-pool-jobs';

/**
 * Runs the number pool jobs every NUMBER_JOBS_MINUTES when NUMBER_SCHEDULER is on (off in tests,
 * which call the jobs). Every instance ticks; the jobs' leases make one of them do the work.
 */
@Injectable()
export class NumberPoolScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NumberPoolScheduler.name);

  constructor(
    private readonly settings: InventorySettings,
    private readonly registry: SchedulerRegistry,
    private readonly jobs: NumberPoolJobs,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.scheduler) return;
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.settings.numberJobsMinutes * 60_000),
    );
  }

  beforeApplicationShutdown(): void {
    try {
      this.registry.deleteInterval(INTERVAL);
    } catch {
      // Not registered: the scheduler is off.
    }
  }

  async tick(): Promise<void> {
    try {
      const expired = await this.jobs.expireReservations();
      const aged = await this.jobs.endAging();
      if (expired.moved || aged.moved)
        this.logger.log(`Numbers back in the pool: ${expired.moved} reservations expired, ${aged.moved} aged`);
    } catch (error) {
      this.logger.warn(`Number pool jobs failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
