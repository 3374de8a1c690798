import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronTime } from 'cron';
import { Clock } from '@contactly/platform';
import { CatalogSettings } from '../catalog.settings.js';
import { CatalogDumpService } from './catalog-dump.service.js';

const TIMEOUT = 'catalog-dump';
/** setTimeout's limit; a later slot is reached in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** A slot whose lease was busy (a manual dump running) is tried again this often, for this long. */
const RETRY_MS = 60_000;
const RETRY_FOR_MS = 60 * 60_000;

/**
 * Runs the dump at every CATALOG_DUMP_CRON time (UTC), when CATALOG_DUMP_SCHEDULER is on. Every
 * instance ticks; the lease and the manifest's unique slot make one of them dump once per slot.
 */
@Injectable()
export class CatalogDumpScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CatalogDumpScheduler.name);
  private readonly cron: CronTime;
  private stopped = false;

  constructor(
    private readonly settings: CatalogSettings,
    private readonly clock: Clock,
    private readonly registry: SchedulerRegistry,
    private readonly dumps: CatalogDumpService,
  ) {
    this.cron = new CronTime(settings.dumpCron, 'UTC');
  }

  /** The first cron time after `from`. */
  nextSlot(from: Date = this.clock.now()): Date {
    return this.cron.getNextDateFrom(from, 'UTC').toJSDate();
  }

  onApplicationBootstrap(): void {
    if (this.settings.dumpScheduler) this.arm(this.nextSlot());
  }

  beforeApplicationShutdown(): void {
    this.stopped = true;
    this.clear();
  }

  private arm(slot: Date, at: Date = slot): void {
    if (this.stopped) return;
    this.clear();
    const delay = at.getTime() - this.clock.nowMs();
    const timer = setTimeout(
      () => void (delay > MAX_DELAY_MS ? this.arm(slot, at) : this.tick(slot)),
      Math.min(Math.max(delay, 0), MAX_DELAY_MS),
    );
    this.registry.addTimeout(TIMEOUT, timer);
  }

  private clear(): void {
    try {
      this.registry.deleteTimeout(TIMEOUT);
    } catch {
      // Not armed, or already fired.
    }
  }

  private async tick(slot: Date): Promise<void> {
    try {
      const dump = await this.dumps.runScheduled(slot);
      if (dump === 'busy') {
        // Another run holds the lease (a manual dump, or another instance on this slot): look again shortly.
        if (this.clock.nowMs() < slot.getTime() + RETRY_FOR_MS) return this.arm(slot, new Date(this.clock.nowMs() + RETRY_MS));
      } else if (dump) this.logger.log(`Scheduled catalog dump ${dump.id} for ${slot.toISOString()}: ${dump.status}`);
    } catch (error) {
      this.logger.warn(
        `Scheduled catalog dump for ${slot.toISOString()} not started: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.arm(this.nextSlot(new Date(Math.max(this.clock.nowMs(), slot.getTime()))));
  }
}
