import { AppConfig, ConfigError } from '@contactly/platform';
import { CatalogSettings } from './catalog.settings.js';

const settingsOf = (env: Record<string, string>) => new CatalogSettings(new AppConfig(env));

/** The message a refused configuration stops the server with (main.ts prints it as one line). */
function refusal(env: Record<string, string>): string {
  try {
    settingsOf(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('CatalogSettings', () => {
  it('dumps daily at 02:00 UTC, keeps 7 days, and schedules outside tests by default', () => {
    expect(settingsOf({})).toEqual({ dumpCron: '0 2 * * *', dumpRetentionDays: 7, dumpScheduler: true });
    expect(settingsOf({ NODE_ENV: 'test' }).dumpScheduler).toBe(false);
  });

  it('reads what is set', () => {
    expect(settingsOf({ CATALOG_DUMP_CRON: ' 30  3 * * 1-5 ', CATALOG_DUMP_RETENTION_DAYS: '30', CATALOG_DUMP_SCHEDULER: 'off' })).toEqual({
      dumpCron: '30 3 * * 1-5',
      dumpRetentionDays: 30,
      dumpScheduler: false,
    });
    expect(settingsOf({ CATALOG_DUMP_CRON: '0 0 2 * * *' }).dumpCron).toBe('0 0 2 * * *');
  });

  it.each(['61 2 * * *', '0 25 * * *', 'every day', '0 2 * *', '0 2 * * * * *', '@sometimes'])(
    'refuses CATALOG_DUMP_CRON=%p in one line naming the variable',
    (cron) => {
      const message = refusal({ CATALOG_DUMP_CRON: cron });
      expect(message).toMatch(/^CATALOG_DUMP_CRON must be a cron expression such as "0 2 \* \* \*"/);
      expect(message).not.toContain('\n');
    },
  );

  it.each(['-1', '1.5', 'week', '4000'])('refuses CATALOG_DUMP_RETENTION_DAYS=%p', (days) => {
    expect(refusal({ CATALOG_DUMP_RETENTION_DAYS: days })).toMatch(/^CATALOG_DUMP_RETENTION_DAYS /);
  });
});
