import { type AppConfig, boolean, integer } from '@contactly/platform';

/** Number inventory settings; see README "Configuration". */
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

  constructor({ read, nodeEnv }: AppConfig) {
    this.numberAgingDays = read('NUMBER_AGING_DAYS', integer(0, 3650), 90);
    this.numberImportMax = read('NUMBER_IMPORT_MAX', integer(1, 10_000_000), 100_000);
    this.reservationMinutes = read('NUMBER_RESERVATION_MINUTES', integer(1, 60 * 24 * 30), 30);
    this.numberJobsMinutes = read('NUMBER_JOBS_MINUTES', integer(1, 1440), 5);
    this.scheduler = read('NUMBER_SCHEDULER', boolean, nodeEnv !== 'test');
  }
}
