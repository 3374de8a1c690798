import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AppConfig, Clock, LeaseService } from '@contactly/platform';
import { PasswordResetTokenRepository } from './password-reset-token.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hourly, on one instance (a database lease): deletes reset tokens spent or expired more than
 * EXPIRED_RECORD_RETENTION_DAYS ago. They can never work again; kept a while, they let support
 * answer "I asked for a link and got none", and after that they are only a list of who reset when.
 */
@Injectable()
export class PasswordResetPurgeJob {
  private readonly logger = new Logger(PasswordResetPurgeJob.name);

  constructor(
    private readonly tokens: PasswordResetTokenRepository,
    private readonly lease: LeaseService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async run(): Promise<void> {
    await this.lease.runExclusive('password-reset-purge', 10 * 60_000, async () => {
      const purged = await this.purge();
      if (purged) this.logger.log(`Purged ${purged} spent or expired password-reset tokens`);
    });
  }

  /** Deletes what the retention no longer keeps; returns how many tokens. */
  async purge(): Promise<number> {
    return this.tokens.deleteDeadBefore(new Date(this.clock.nowMs() - this.config.expiredRecordRetentionDays * DAY_MS));
  }
}
