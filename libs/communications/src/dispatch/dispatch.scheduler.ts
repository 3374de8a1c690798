import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { LeaseService } from '@contactly/platform';
import { CommunicationsSettings } from '../communications.settings.js';
import { CommunicationDispatcher } from './communication-dispatcher.js';

const INTERVAL = 'communications-dispatch';
const LEASE = 'communications-dispatch';
/** One run sends for at most this long, then lets the next tick (maybe on another instance) go on. */
const RUN_BUDGET_MS = 50_000;
/**
 * Renewed every third of it while a run goes on, so it can be short: an instance that dies or
 * loses its database while holding it stops everyone's sending for no longer than this.
 */
const LEASE_MS = 10_000;

/**
 * Ticks every COMMUNICATIONS_DISPATCH_INTERVAL_MS (when COMMUNICATIONS_DISPATCHER is on) and sends
 * what is due. Every instance ticks; the database lease makes one of them dispatch at a time, and a
 * tick while this instance is still dispatching is skipped.
 */
@Injectable()
export class DispatchScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DispatchScheduler.name);
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly settings: CommunicationsSettings,
    private readonly registry: SchedulerRegistry,
    private readonly lease: LeaseService,
    private readonly dispatcher: CommunicationDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.dispatcher) return;
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.settings.dispatchIntervalMs),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    try {
      this.registry.deleteInterval(INTERVAL);
    } catch {
      // The dispatcher is off on this instance.
    }
    await this.running;
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.lease
      .runExclusive(LEASE, LEASE_MS, async (lost) => {
        await this.dispatcher.dispatchDue(RUN_BUDGET_MS, lost);
      })
      .catch((error: unknown) => this.logger.warn(`Dispatch failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
