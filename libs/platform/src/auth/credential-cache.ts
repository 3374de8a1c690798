import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import type { Principal } from './principal.js';

interface Entry {
  principal: Principal;
  expiresAt: number;
}

const MAX_ENTRIES = 10_000;

/**
 * Verified credentials, so that a client does not pay an argon2 verification on every request.
 * The key is a keyed hash of the whole Authorization header (the password never sits in memory
 * in the clear); only successes are cached; entries live `CREDENTIAL_CACHE_TTL` seconds and are
 * dropped at once on this instance when the user's password, roles or status change.
 */
@Injectable()
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.ttlMs = config.credentialCacheTtlSeconds * 1000;
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

  /** Forget every cached credential of a user (password, roles or status changed). */
  dropUser(userId: number): void {
    for (const [key, entry] of this.entries) if (entry.principal.userId === userId) this.entries.delete(key);
  }

  /** Forget everything (a role's permissions changed: many users at once). */
  clear(): void {
    this.entries.clear();
  }
}
