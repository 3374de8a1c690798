import { AsyncResource } from 'node:async_hooks';
import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { AuditRecorder, Clock, conflict, Database, isUniqueViolation, LeaseService, notFound, type Principal } from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import type { CatalogDump, DumpTrigger } from './catalog-dump.entity.js';
import { CatalogDumpRepository } from './catalog-dump.repository.js';
import { CatalogDumpRetention } from './catalog-dump-retention.js';
import { CatalogDumpWriter } from './catalog-dump.writer.js';
import { toCatalogDumpView } from './dto/catalog-dump.view.js';

export const DUMP_LEASE = 'catalog-dump';
/** Short, and renewed every third of it while the dump runs: a dead instance blocks the next dump this long at most. */
const LEASE_TTL_MS = 60_000;
/** How long a request that lost the lease waits for the holder's manifest to appear before answering 409 without it. */
const JOIN_WAIT_MS = 5_000;
const SHUTDOWN_WAIT_MS = 15_000;

type StartOutcome =
  | { outcome: 'started'; dump: CatalogDump; done: Promise<CatalogDump> }
  /** A dump started after the request arrived has already answered it (it saw the same catalog or a newer one). */
  | { outcome: 'answered'; dump: CatalogDump }
  /** Another run holds the lease. */
  | { outcome: 'busy' }
  /** The scheduled slot has its dump already (another instance made it). */
  | { outcome: 'slot-done' };

export interface ManualResult {
  dump: CatalogDump;
  /** False when a dump started after the request (another one's) answered it. */
  started: boolean;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  promise.catch(() => undefined); // awaited only by the schedule
  return { promise, resolve, reject };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Who runs a catalog dump: one at a time across every instance (a database lease), started on
 * demand (`request`) or by the schedule (`runScheduled`, once per cron slot: the slot is a unique
 * column of the manifest). The run goes on after the request that started it has been answered.
 */
@Injectable()
export class CatalogDumpService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(CatalogDumpService.name);
  private readonly stopping = new AbortController();
  private readonly running = new Set<Promise<CatalogDump>>();
  /** Runs start outside the request's async context (its transaction, its Idempotency-Key's commit mark). */
  private readonly detached = new AsyncResource('catalog-dump');

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly lease: LeaseService,
    private readonly dumps: CatalogDumpRepository,
    private readonly writer: CatalogDumpWriter,
    private readonly retention: CatalogDumpRetention,
    private readonly audit: AuditRecorder,
  ) {}

  /** A person asks for a dump: the run it started (or that answered it), or 409 CATALOG_DUMP_BUSY naming the one running. */
  async request(principal: Principal): Promise<ManualResult> {
    const before = await this.dumps.newestId();
    const start = await this.start({ trigger: 'manual', principal, answeredAfter: before });
    if (start.outcome === 'started' || start.outcome === 'answered') return { dump: start.dump, started: start.outcome === 'started' };
    for (let waited = 0; ; waited += 100) {
      const running = await this.dumps.findRunning();
      if (running)
        throw conflict(
          CATALOG_ERRORS.CATALOG_DUMP_BUSY,
          `Catalog dump ${running.id} is running (started ${running.startedAt.toISOString()}); download it when it completes`,
          { runningDump: toCatalogDumpView(running, '') },
        );
      const answered = await this.dumps.firstAfter(before);
      if (answered) return { dump: answered, started: false };
      if (waited >= JOIN_WAIT_MS) break;
      await sleep(100);
    }
    throw conflict(CATALOG_ERRORS.CATALOG_DUMP_BUSY, 'Another server instance is starting a catalog dump; try again in a moment');
  }

  /**
   * The schedule's tick for the cron time `slot`: the finished dump; null when the slot has its dump
   * already (another instance made it); 'busy' while another run holds the lease.
   */
  async runScheduled(slot: Date): Promise<CatalogDump | null | 'busy'> {
    const start = await this.start({ trigger: 'scheduled', slot });
    if (start.outcome === 'started') return start.done;
    return start.outcome === 'busy' ? 'busy' : null;
  }

  async get(id: number): Promise<CatalogDump> {
    const dump = await this.dumps.findById(id);
    if (!dump) throw notFound(CATALOG_ERRORS.CATALOG_DUMP_NOT_FOUND, `Catalog dump ${id} does not exist`);
    return dump;
  }

  /** A dump that can be downloaded: the latest completed one, or the one named if it completed. */
  async downloadable(id: number | 'latest'): Promise<CatalogDump> {
    if (id === 'latest') {
      const latest = await this.dumps.latestCompleted();
      if (!latest) throw notFound(CATALOG_ERRORS.CATALOG_DUMP_NOT_FOUND, 'No catalog dump has completed yet');
      return latest;
    }
    const dump = await this.get(id);
    if (dump.status !== 'completed')
      throw notFound(
        CATALOG_ERRORS.CATALOG_DUMP_NOT_FOUND,
        `Catalog dump ${id} is ${dump.status}: only a completed dump can be downloaded`,
      );
    return dump;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    if (this.running.size) await Promise.race([Promise.allSettled([...this.running]), sleep(SHUTDOWN_WAIT_MS)]);
  }

  /**
   * Takes the lease and, under it, opens the manifest; resolves as soon as the run has started (or
   * could not), while the run itself goes on under the lease until it has written the dump.
   */
  private start(
    how: { trigger: 'manual'; principal: Principal; answeredAfter: number } | { trigger: 'scheduled'; slot: Date },
  ): Promise<StartOutcome> {
    return new Promise<StartOutcome>((resolve, reject) =>
      this.detached.runInAsyncScope(() => {
        // What the run ended with, given out once the lease is released: a caller acting on it at once must not find it still held.
        let ended: StartOutcome | undefined;
        let result: CatalogDump | undefined;
        const finished = deferred<CatalogDump>();
        const ran = this.lease.runExclusive(DUMP_LEASE, LEASE_TTL_MS, async (lost) => {
          if (how.trigger === 'manual') {
            const answered = await this.dumps.firstAfter(how.answeredAfter);
            if (answered) return void (ended = { outcome: 'answered', dump: answered });
          }
          const dump = await this.open(how);
          if (!dump) return void (ended = { outcome: 'slot-done' });
          this.running.add(finished.promise);
          resolve({ outcome: 'started', dump, done: finished.promise });
          try {
            result = await this.writer.write(dump, AbortSignal.any([lost, this.stopping.signal]));
            if (result.status === 'completed')
              await this.retention.apply().catch((error) => this.logger.warn(`Dump retention failed: ${String(error)}`));
          } finally {
            this.running.delete(finished.promise);
          }
        });
        ran.then(
          (acquired) => {
            resolve(acquired ? ended! : { outcome: 'busy' });
            if (result) finished.resolve(result);
          },
          (error: unknown) => {
            reject(error);
            finished.reject(error);
          },
        );
      }),
    );
  }

  /** The new run's manifest (and, for a person's request, its audit entry); null when the slot has its dump. */
  private async open(how: { trigger: 'manual'; principal: Principal } | { trigger: 'scheduled'; slot: Date }): Promise<CatalogDump | null> {
    const now = this.clock.now();
    await this.dumps.failInterrupted(now);
    if (how.trigger === 'scheduled' && (await this.dumps.findBySlot(how.slot))) return null;
    const trigger: DumpTrigger = how.trigger;
    try {
      return await this.db.transaction(async () => {
        const dump = await this.dumps.insert({
          status: 'running',
          trigger,
          requestedBy: how.trigger === 'manual' ? how.principal.username : null,
          scheduledFor: how.trigger === 'scheduled' ? how.slot : null,
          startedAt: now,
          finishedAt: null,
          offeringCount: 0,
          specificationCount: 0,
          categoryCount: 0,
          priceCount: 0,
          byteSize: 0,
          chunkCount: 0,
          sha256: null,
          error: null,
        });
        if (how.trigger === 'manual')
          await this.audit.record({
            actor: how.principal,
            action: 'create',
            resourceType: 'catalogDump',
            resourceId: dump.id,
            after: { status: dump.status, trigger: dump.trigger },
          });
        return dump;
      });
    } catch (error) {
      if (how.trigger === 'scheduled' && isUniqueViolation(error)) return null;
      throw error;
    }
  }
}
