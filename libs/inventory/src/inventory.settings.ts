import { type AppConfig, boolean, integer } from '@contactly/platform';

/** Number inventory and subscription settings; see README "Configuration". */
export class InventorySettings {
  /** How long a released number rests (aging) before it is offered again. */
  readonly numberAgingDays: number;
  /** The most numbers one import may bring (a range or a CSV file): more is 413 and nothing is written. */
  readonly numberImportMax: number;
  /** How long a reservation holds its number when the caller does not say. */
  readonly reservationMinutes: number;
  /** How often the jobs return expired reservations and aged numbers to the pool. */
  readonly numberJobsMinutes: number;
  /** Whether this instance schedules the number jobs (off in tests: they call them). */
  readonly scheduler: boolean;
  /** How often the subscription renewal job looks for periods that ended. */
  readonly subscriptionRenewalMinutes: number;
  /** Subscriptions renewed or ended per transaction by the renewal job. */
  readonly subscriptionRenewalBatch: number;
  /** Whether this instance schedules the renewal job (off in tests: they call it). */
  readonly subscriptionScheduler: boolean;

  constructor({ read, nodeEnv }: AppConfig) {
    this.numberAgingDays = read('NUMBER_AGING_DAYS', integer(0, 3650), 90);
    this.numberImportMax = read('NUMBER_IMPORT_MAX', integer(1, 10_000_000), 100_000);
    this.reservationMinutes = read('NUMBER_RESERVATION_MINUTES', integer(1, 60 * 24 * 30), 30);
    this.numberJobsMinutes = read('NUMBER_JOBS_MINUTES', integer(1, 1440), 5);
    this.scheduler = read('NUMBER_SCHEDULER', boolean, nodeEnv !== 'test');
    this.subscriptionRenewalMinutes = read('SUBSCRIPTION_RENEWAL_MINUTES', integer(1, 1440), 15);
    this.subscriptionRenewalBatch = read('SUBSCRIPTION_RENEWAL_BATCH', integer(1, 5000), 500);
    this.subscriptionScheduler = read('SUBSCRIPTION_SCHEDULER', boolean, nodeEnv !== 'test');
  }
}
