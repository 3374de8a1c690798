import { createHmac } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LessThan, MoreThanOrEqual } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { Database } from '../database/database.js';
import { CredentialRevocation } from './credential-revocation.entity.js';
import type { Principal } from './principal.js';

interface Entry {
  principal: Principal;
  expiresAt: number;
}

const MAX_ENTRIES = 10_000;
/** How often the revocations of the other instances are read: a change takes effect everywhere within about this long. */
const REVOCATION_POLL_MS = 1000;
/**
 * Revocations are read by time, not by id: ids are handed out at insert and rows become visible at
 * commit, in another order. A revocation older than this when it commits would be missed (no
 * transaction of ours runs that long).
 */
const REVOCATION_WINDOW_MS = 30_000;
/** Revocation rows older than this are of no use to anyone (no cached entry lives that long). */
const REVOCATION_KEEP_MS = 60 * 60 * 1000;

/**
 * Verified credentials, so that a client does not pay an argon2 verification on every request.
 * The key is a keyed hash of the whole Authorization header (the password never sits in memory
 * in the clear); only successes are cached; entries live `CREDENTIAL_CACHE_TTL` seconds. When a
 * user's password, roles or status change, `revokeUser` drops their entries here at once and
 * records a revocation that every other instance reads within a second.
 */
@Injectable()
export class CredentialCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CredentialCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  /** The revocations of the window this instance has applied already. */
  private applied = new Set<number>();
  private poll: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {
    this.ttlMs = config.credentialCacheTtlSeconds * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.ttlMs === 0) return;
    this.poll = setInterval(() => void this.applyRevocations(), REVOCATION_POLL_MS);
    this.poll.unref();
  }

  onApplicationShutdown(): void {
    if (this.poll) clearInterval(this.poll);
  }

  private get revocations() {
    return this.db.repository(CredentialRevocation);
  }

  private keyOf(authorization: string): string {
    return createHmac('sha256', this.config.authSecret).update(authorization).digest('base64url');
  }

  get(authorization: string): Principal | undefined {
    if (this.ttlMs === 0) return undefined;
    const key = this.keyOf(authorization);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(authorization: string, principal: Principal): void {
    if (this.ttlMs === 0) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(this.keyOf(authorization), { principal, expiresAt: this.clock.nowMs() + this.ttlMs });
  }

  /**
   * Every cached credential of the user goes, on every instance (password, roles or status changed;
   * the user deleted). Inside a transaction it is recorded with the change and applied here once it
   * commits, so no request caches the old row again in between.
   */
  async revokeUser(userId: number): Promise<void> {
    await this.revoke(userId);
  }

  /** Every cached credential goes, on every instance (a role's permissions changed: many users at once). */
  async revokeAll(): Promise<void> {
    await this.revoke(null);
  }

  private async revoke(userId: number | null): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async () => {
      await this.revocations.insert({ userId, revokedAt: now });
      this.db.afterCommit(() => this.drop(userId));
    });
  }

  private drop(userId: number | null): void {
    if (userId === null) this.entries.clear();
    else for (const [key, entry] of this.entries) if (entry.principal.userId === userId) this.entries.delete(key);
  }

  /** Applies the revocations of the window not applied yet (by any instance, this one's included: harmless). */
  private async applyRevocations(): Promise<void> {
    try {
      const recent = await this.revocations.find({
        where: { revokedAt: MoreThanOrEqual(new Date(this.clock.nowMs() - REVOCATION_WINDOW_MS)) },
      });
      const fresh = recent.filter((revocation) => !this.applied.has(revocation.id));
      for (const revocation of fresh) this.drop(revocation.userId);
      this.applied = new Set(recent.map((revocation) => revocation.id));
      // One instance or another sweeps the old rows now and then; any of them may.
      if (fresh.length && Math.random() < 0.05)
        await this.db.transaction(() =>
          this.revocations.delete({ revokedAt: LessThan(new Date(this.clock.nowMs() - REVOCATION_KEEP_MS)) }),
        );
    } catch (error) {
      // The database is away: entries still expire by their TTL; the next look catches up.
      this.logger.debug?.(`Could not read credential revocations: ${String(error)}`);
    }
  }
}
