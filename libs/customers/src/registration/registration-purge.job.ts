import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AppConfig, Clock, Database, LeaseService } from '@contactly/platform';
import { PendingRegistrationRepository } from './pending-registration.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Hourly, on one instance: deletes registrations that ended unverified, so abandoned password
 * hashes and contact details are not kept longer than their registration lived, and verified ones
 * once they ended more than EXPIRED_RECORD_RETENTION_DAYS ago (until then a repeated verification
 * still hears "already verified").
 */
@Injectable()
export class RegistrationPurgeJob {
  private readonly logger = new Logger(RegistrationPurgeJob.name);

  constructor(
    private readonly registrations: PendingRegistrationRepository,
    private readonly lease: LeaseService,
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async run(): Promise<void> {
    await this.lease.runExclusive('registration-purge', 10 * 60_000, async () => {
      const purged = await this.purge();
      if (purged) this.logger.log(`Purged ${purged} ended registrations`);
    });
  }

  async purge(): Promise<number> {
    const now = this.clock.now();
    const verifiedEndedBefore = new Date(now.getTime() - this.config.expiredRecordRetentionDays * DAY_MS);
    return this.db.transaction(
      async () => (await this.registrations.deleteEnded(now)) + (await this.registrations.deleteVerifiedEndedBefore(verifiedEndedBefore)),
    );
  }
}
