import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, Database, LeaseService } from '@contactly/platform';
import { PendingRegistrationRepository } from './pending-registration.repository.js';

/**
 * Hourly, on one instance: deletes registrations that ended unverified, so abandoned password
 * hashes and contact details are not kept longer than their registration lived.
 */
@Injectable()
export class RegistrationPurgeJob {
  private readonly logger = new Logger(RegistrationPurgeJob.name);

  constructor(
    private readonly registrations: PendingRegistrationRepository,
    private readonly lease: LeaseService,
    private readonly db: Database,
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
    return this.db.transaction(() => this.registrations.deleteEnded(this.clock.now()));
  }
}
