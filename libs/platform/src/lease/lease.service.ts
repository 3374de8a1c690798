import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Clock } from '../clock/clock.js';
import { isDatabaseUnavailable, retryWhileUnavailable } from '../database/connection-errors.js';
import { Database } from '../database/database.js';
import { JobLease } from './job-lease.entity.js';

/**
 * Database leases for scheduled jobs, so that with N server instances a job runs on one at a time.
 * Acquisition is a single conditional write (insert, or update of an expired or own row), which the
 * database serialises; no in-memory lock decides anything.
 *
 * A connection can fail after the database applied a write but before it said so. Every lease
 * write is therefore idempotent for its holder (taking a lease one holds renews it; releasing one
 * not held does nothing) and is retried with the same holder; a run that cannot tell whether it
 * took its lease releases it; a running job renews its lease and is told (its AbortSignal) when it
 * lost it. So no lease stays held by a run that is not working under it for longer than its TTL —
 * and jobs keep that short.
 */
@Injectable()
export class LeaseService {
  private readonly logger = new Logger(LeaseService.name);
  /** This process's identity as a lease holder. */
  readonly holderId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private get leases() {
    return this.db.dataSource.getRepository(JobLease);
  }

  /** Takes the lease (or renews it, when `holder` has it) for `ttlMs`; false when someone else holds it. */
  tryAcquire(name: string, ttlMs: number, holder = this.holderId): Promise<boolean> {
    return this.retried(`take lease ${name}`, async () => {
      if (await this.extend(name, ttlMs, holder, true)) return true;
      try {
        await this.leases.insert({ name, holder, expiresAt: new Date(this.clock.nowMs() + ttlMs) });
        return true;
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error;
        // Someone else holds it (the row exists and is not expired), or inserted it first.
        return false;
      }
    });
  }

  /** Extends the lease `holder` has; false when it no longer has it (expired and taken, or released). */
  renew(name: string, ttlMs: number, holder = this.holderId): Promise<boolean> {
    return this.retried(`renew lease ${name}`, () => this.extend(name, ttlMs, holder, false));
  }

  async release(name: string, holder = this.holderId): Promise<void> {
    await this.retried(`release lease ${name}`, () => this.leases.delete({ name, holder }));
  }

  /**
   * Runs `job` if this run gets the lease; returns whether it ran. Each run holds the lease under its
   * own holder id, so a run that overlaps one still going on this instance (a slow job, the next tick)
   * is refused too, and cannot release the lease from under it. While the job runs the lease is
   * renewed every third of `ttlMs`; `lost` aborts when it could not be, and the job should stop.
   */
  async runExclusive(name: string, ttlMs: number, job: (lost: AbortSignal) => Promise<void>): Promise<boolean> {
    const holder = `${this.holderId.slice(0, 90)}/${randomUUID().slice(0, 8)}`; // fits the 100-character column
    let acquired: boolean;
    try {
      acquired = await this.tryAcquire(name, ttlMs, holder);
    } catch (error) {
      // It may have been taken before the connection failed: give it back rather than let it block everyone for ttlMs.
      await this.release(name, holder).catch(() =>
        this.logger.warn(`Lease ${name} may stay held by ${holder} until it expires (${ttlMs} ms): the database did not answer`),
      );
      throw error;
    }
    if (!acquired) return false;
    const lost = new AbortController();
    let renewedAt = Date.now();
    const renewal = setInterval(
      () => {
        void this.extend(name, ttlMs, holder, false).then(
          (held) => {
            if (held) renewedAt = Date.now();
            else this.lose(lost, name, 'another holder has it');
          },
          () => {
            if (Date.now() - renewedAt >= ttlMs) this.lose(lost, name, 'it could not be renewed before it expired');
          },
        );
      },
      Math.max(50, Math.floor(ttlMs / 3)),
    );
    try {
      await job(lost.signal);
    } finally {
      clearInterval(renewal);
      await this.release(name, holder).catch((error) =>
        this.logger.warn(`Could not release lease ${name} (it expires within ${ttlMs} ms): ${String(error)}`),
      );
    }
    return true;
  }

  /** Removes leases that expired long ago (housekeeping). */
  async purgeExpired(olderThanMs: number): Promise<void> {
    await this.leases.delete({ expiresAt: LessThan(new Date(this.clock.nowMs() - olderThanMs)) });
  }

  /** Moves the expiry of the holder's lease (or of an expired one, when `orExpired`); whether a row was written. */
  private async extend(name: string, ttlMs: number, holder: string, orExpired: boolean): Promise<boolean> {
    const now = this.clock.now();
    const qb = this.leases
      .createQueryBuilder()
      .update(JobLease)
      .set({ holder, expiresAt: new Date(now.getTime() + ttlMs) })
      .where('name = :name', { name });
    if (orExpired) qb.andWhere('(holder = :holder OR expires_at < :now)', { holder, now });
    else qb.andWhere('holder = :holder', { holder });
    return ((await qb.execute()).affected ?? 0) > 0;
  }

  private lose(lost: AbortController, name: string, why: string): void {
    if (lost.signal.aborted) return;
    this.logger.warn(`Lost lease ${name}: ${why}; the job stops`);
    lost.abort();
  }

  /** Runs a lease write again while the database is unreachable (the same write, so the same outcome). */
  private retried<T>(what: string, write: () => Promise<T>): Promise<T> {
    return retryWhileUnavailable(write, (error) =>
      this.logger.warn(`Could not ${what} (${error instanceof Error ? error.message : String(error)}); trying again`),
    );
  }
}
