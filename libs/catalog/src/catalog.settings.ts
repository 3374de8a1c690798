import { validateCronExpression } from 'cron';
import { type AppConfig, boolean, ConfigError, integer, type Parser } from '@contactly/platform';

/** A cron expression (5 fields, or 6 with seconds first), read as UTC; refused at start when it cannot be parsed. */
export const cronExpression: Parser<string> = (raw) => {
  const expression = raw.trim().replace(/\s+/g, ' ');
  const { valid, error } = validateCronExpression(expression);
  if (!valid)
    throw new ConfigError(
      `must be a cron expression such as "0 2 * * *" (minute hour day-of-month month day-of-week, in UTC): ${error?.message ?? 'cannot be parsed'}`,
    );
  return expression;
};

/** Catalog settings (the daily dump); see README "Configuration". */
export class CatalogSettings {
  /** When the daily dump runs, in UTC. */
  readonly dumpCron: string;
  /** Dumps older than this are deleted after a successful run; the latest completed one is always kept. */
  readonly dumpRetentionDays: number;
  /** Whether this instance schedules the dump (off in tests); with several instances a lease makes one of them run it. */
  readonly dumpScheduler: boolean;

  constructor({ read, nodeEnv }: AppConfig) {
    this.dumpCron = read('CATALOG_DUMP_CRON', cronExpression, '0 2 * * *');
    this.dumpRetentionDays = read('CATALOG_DUMP_RETENTION_DAYS', integer(0, 3650), 7);
    this.dumpScheduler = read('CATALOG_DUMP_SCHEDULER', boolean, nodeEnv !== 'test');
  }
}
