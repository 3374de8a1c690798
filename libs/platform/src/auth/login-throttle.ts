import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { sqlDateTime } from '../database/bulk-insert.js';
import { Database } from '../database/database.js';
import { rateLimited } from '../http/errors/domain-error.js';
import { LoginFailure } from './login-failure.entity.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

/** One failure in this many also sweeps out counters whose window has ended. */
const SWEEP_EVERY = 200;

const subjectOf = (kind: 'user' | 'address', value: string) => {
  const subject = `${kind}:${kind === 'user' ? value.toLowerCase() : value}`;
  return subject.length <= 200 ? subject : `${kind}#${createHash('sha256').update(subject).digest('hex')}`;
};

/**
 * Refuses further attempts (429 + Retry-After) once a username or a client address has failed too
 * often within the window, so passwords cannot be guessed at speed. The counters live in the
 * database, so the limits hold for the whole deployment however many instances share the load; a
 * success clears the username's counter. Only sign-ins that miss the credential cache come here,
 * and each already costs an argon2 verification, so the extra round trips do not matter.
 */
@Injectable()
export class LoginThrottle {
  private readonly windowMs: number;
  private failuresSinceSweep = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {
    this.windowMs = config.loginFailureWindowSeconds * 1000;
  }

  private get counters() {
    return this.db.repository(LoginFailure);
  }

  /** Throws RateLimited when either counter is exhausted. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const now = this.clock.nowMs();
    const user = subjectOf('user', username);
    const addr = subjectOf('address', address);
    const rows = await this.counters.find({ where: [{ subject: user }, { subject: addr }] });
    let blockedUntil = 0;
    for (const row of rows) {
      const limit = row.subject === user ? this.config.loginFailureLimitPerUser : this.config.loginFailureLimitPerAddress;
      const endsAt = row.windowStartedAt.getTime() + this.windowMs;
      if (endsAt > now && row.failures >= limit) blockedUntil = Math.max(blockedUntil, endsAt);
    }
    if (blockedUntil > now) {
      throw rateLimited(
        PLATFORM_ERRORS.TOO_MANY_LOGIN_FAILURES,
        'Too many failed sign-in attempts; try again later',
        (blockedUntil - now) / 1000,
      );
    }
  }

  // Writes go through a transaction: on SQLite's one connection a bare write would join whatever
  // transaction another request has open there.
  async recordFailure(username: string, address: string): Promise<void> {
    const now = this.clock.now();
    const sweep = (this.failuresSinceSweep = (this.failuresSinceSweep + 1) % SWEEP_EVERY) === 0;
    await this.db.transaction(async () => {
      await this.bump(subjectOf('user', username), now);
      await this.bump(subjectOf('address', address), now);
      if (sweep) await this.counters.delete({ windowStartedAt: LessThan(new Date(now.getTime() - this.windowMs)) });
    });
  }

  async recordSuccess(username: string): Promise<void> {
    await this.db.transaction(() => this.counters.delete({ subject: subjectOf('user', username) }));
  }

  /**
   * One more failure for the subject, atomically: a new window when there is none or the last one
   * ended, else the count goes up — one statement, so concurrent failures on several instances all count.
   */
  private async bump(subject: string, now: Date): Promise<void> {
    const at = sqlDateTime(now);
    const windowEnded = sqlDateTime(new Date(now.getTime() - this.windowMs));
    const onConflict = this.db.dialect === 'sqlite' ? 'ON CONFLICT (subject) DO UPDATE SET' : 'ON DUPLICATE KEY UPDATE';
    // Both dialects read the old row in every SET expression here (MariaDB assigns left to right,
    // and window_started_at is assigned after it is read for failures).
    await this.db.manager.query(
      `INSERT INTO login_failure (subject, failures, window_started_at) VALUES (?, 1, ?) ${onConflict} ` +
        'failures = CASE WHEN window_started_at <= ? THEN 1 ELSE failures + 1 END, ' +
        'window_started_at = CASE WHEN window_started_at <= ? THEN ? ELSE window_started_at END',
      [subject, at, windowEnded, windowEnded, at],
    );
  }
}
