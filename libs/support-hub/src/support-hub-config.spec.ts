import { AppConfig, ConfigError } from '@contactly/platform';
import { SupportHubSettings } from './support-hub.settings.js';

const settingsOf = (env: Record<string, string>) => new SupportHubSettings(new AppConfig(env));

describe('support hub configuration', () => {
  it('defaults: no CRM configured, the simulators’ credentials, refresh every 4 h, 15 min between manual refreshes', () => {
    const config = settingsOf({});
    expect(config).toEqual({
      bananaUrl: undefined,
      bananaApiKey: 'banana-secret',
      strawberryUrl: undefined,
      strawberryToken: 'strawberry-token',
      refreshHours: 4,
      minRefreshMinutes: 15,
      fullSyncEvery: 6,
      fullSyncHours: 24,
      scheduler: true,
      httpTimeoutMs: 10000,
      httpRetries: 4,
      retryBaseMs: 500,
      retryMaxWaitMs: 30000,
      pageSize: undefined,
    });
    expect(settingsOf({ NODE_ENV: 'test' }).scheduler).toBe(false);
  });

  it('reads what is set', () => {
    const config = settingsOf({
      BANANA_URL: 'https://banana.example.com/',
      BANANA_API_KEY: 'k',
      STRAWBERRY_URL: 'http://strawberry:8302',
      STRAWBERRY_TOKEN: 't',
      SUPPORT_HUB_REFRESH_HOURS: '0.5',
      SUPPORT_HUB_MIN_REFRESH_MINUTES: '0',
      SUPPORT_HUB_FULL_SYNC_EVERY: '1',
      SUPPORT_HUB_SCHEDULER: 'off',
      SUPPORT_HUB_PAGE_SIZE: '50',
    });
    expect(config).toMatchObject({
      bananaUrl: 'https://banana.example.com',
      bananaApiKey: 'k',
      strawberryUrl: 'http://strawberry:8302',
      strawberryToken: 't',
    });
    expect(config).toMatchObject({ refreshHours: 0.5, minRefreshMinutes: 0, fullSyncEvery: 1, scheduler: false, pageSize: 50 });
  });

  it.each([
    ['BANANA_URL', 'ftp://banana'],
    ['STRAWBERRY_URL', 'not a url'],
    ['SUPPORT_HUB_REFRESH_HOURS', '0'],
    ['SUPPORT_HUB_REFRESH_HOURS', 'four'],
    ['SUPPORT_HUB_MIN_REFRESH_MINUTES', '-1'],
    ['SUPPORT_HUB_FULL_SYNC_EVERY', '0'],
    ['SUPPORT_HUB_HTTP_TIMEOUT_MS', '10'],
    ['SUPPORT_HUB_PAGE_SIZE', '501'],
    ['SUPPORT_HUB_SCHEDULER', 'sometimes'],
  ])('refuses %s=%p naming it', (name, value) => {
    expect(() => settingsOf({ [name]: value })).toThrow(ConfigError);
    expect(() => settingsOf({ [name]: value })).toThrow(new RegExp(`^${name} `));
  });
});
