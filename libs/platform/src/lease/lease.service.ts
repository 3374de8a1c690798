import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { Clock } from '../clock/clock.js';
import { Database } from '../database/database.js';
import { JobLease } from './job-lease.entity.js';

/**
 * Database leases for scheduled jobs, so that with N server instances a job runs on one at a time.
 * Acquisition is a single conditional write (insert, or update of an expired or own row), which the
 * database serialises; no in-memory lock decides anything.
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

  async tryAcquire(name: string, ttlMs: number, holder = this.holderId): Promise<boolean> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const leases = this.db.dataSource.getRepository(JobLease);
    const taken = await leases
      .createQueryBuilder()
      .update(JobLease)
      .set({ holder, expiresAt })
      .where('name = :name', { name })
      .andWhere('(holder = :holder OR expires_at < :now)', { holder, now })
      .execute();
    if ((taken.affected ?? 0) > 0) return true;
    try {
      await leases.insert({ name, holder, expiresAt });
      return true;
    } catch {
      // Someone else holds it (the row exists and is not expired), or inserted it first.
      return false;
    }
  }

  async release(name: string, holder = this.holderId): Promise<void> {
    await this.db.dataSource.getRepository(JobLease).delete({ name, holder });
  }

  /**
   * Runs `job` if this run gets the lease; returns whether it ran. Each run holds the lease under its
   * own holder id, so a run that overlaps one still going on this instance (a slow job, the next tick)
   * is refused too, and cannot release the lease from under it.
   */
  async runExclusive(name: string, ttlMs: number, job: () => Promise<void>): Promise<boolean> {
    const holder = `${this.holderId.slice(0, 90)}/${randomUUID().slice(0, 8)}`; // fits the 100-character column
    if (!(await this.tryAcquire(name, ttlMs, holder))) return false;
    try {
      await job();
    } finally {
      await this.release(name, holder).catch((error) => this.logger.warn(`Could not release lease ${name}: ${String(error)}`));
    }
    return true;
  }

  /** Removes leases that expired long ago (housekeeping). */
  async purgeExpired(olderThanMs: number): Promise<void> {
    await this.db.dataSource.getRepository(JobLease).delete({ expiresAt: LessThan(new Date(this.clock.nowMs() - olderThanMs)) });
  }
}
