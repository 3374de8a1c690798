import { AppConfig, ConfigError } from '../index.js';

/** The error a configuration throws, so a test can look at its message. */
function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    new AppConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('AppConfig', () => {
  it('has working defaults for development with nothing set', () => {
    const config = new AppConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 8181,
      host: '0.0.0.0',
      databaseUrl: 'sqlite:data/contactly.sqlite',
      database: { dialect: 'sqlite', path: 'data/contactly.sqlite' },
      adminPassword: 'admin',
      adminPasswordIsDefault: true,
      logLevel: 'info',
      corsOrigins: [],
      bodyLimitBytes: 1024 * 1024,
      publicUrl: undefined,
      credentialCacheTtlSeconds: 60,
      seedDemoData: true,
      loginFailureLimitPerUser: 5,
      loginFailureLimitPerAddress: 30,
      loginFailureWindowSeconds: 900,
      expiredRecordRetentionDays: 7,
      http: { trustProxy: false, headersTimeoutMs: 10_000, requestTimeoutMs: 60_000 },
    });
    expect(config.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('treats an empty variable as unset', () => {
    expect(new AppConfig({ PORT: '', LOG_LEVEL: '', DATABASE_URL: '' })).toMatchObject({
      port: 8181,
      logLevel: 'info',
      database: { dialect: 'sqlite' },
    });
  });

  it('reads what is set', () => {
    const config = new AppConfig({
      NODE_ENV: 'test',
      PORT: '9090',
      LOG_LEVEL: 'warn',
      DATABASE_URL: 'mariadb://app:p%40ss%3Aword@db.internal:3307/contactly',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      BODY_LIMIT: '512kb',
      PUBLIC_URL: 'https://api.example.com/',
      SEED_DEMO_DATA: 'no',
    });
    expect(config).toMatchObject({
      nodeEnv: 'test',
      port: 9090,
      logLevel: 'warn',
      database: { dialect: 'mariadb', host: 'db.internal', port: 3307, username: 'app', password: 'p@ss:word', database: 'contactly' },
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      bodyLimitBytes: 512 * 1024,
      publicUrl: 'https://api.example.com',
      seedDemoData: false,
    });
  });

  it('defaults the MariaDB port and user', () => {
    expect(new AppConfig({ DATABASE_URL: 'mysql://db/contactly' }).database).toEqual({
      dialect: 'mariadb',
      host: 'db',
      port: 3306,
      username: 'root',
      password: '',
      database: 'contactly',
    });
  });

  it.each(['abc', '-1', '65536', '80.5', '8080x'])('refuses PORT=%p naming PORT', (port) => {
    const error = configErrorOf({ PORT: port });
    expect(error.message).toMatch(/^PORT /);
    expect(error.message).toContain('integer between 0 and 65535');
  });

  it.each(['postgres://u@h/db', 'sqlite:', 'mariadb://u@h', 'mariadb://u@h/bad;name', 'not a url', 'data/contactly.sqlite'])(
    'refuses DATABASE_URL=%p naming DATABASE_URL',
    (url) => {
      expect(configErrorOf({ DATABASE_URL: url }).message).toMatch(/^DATABASE_URL /);
    },
  );

  it.each(['verbose', 'INFO!', 'loud'])('refuses LOG_LEVEL=%p naming LOG_LEVEL and the allowed levels', (level) => {
    const error = configErrorOf({ LOG_LEVEL: level });
    expect(error.message).toMatch(/^LOG_LEVEL /);
    expect(error.message).toContain('fatal, error, warn, info, debug, trace, silent');
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['CREDENTIAL_CACHE_TTL', '-5'],
    ['BODY_LIMIT', 'huge'],
    ['PUBLIC_URL', 'ftp://files.example.com'],
    ['SEED_DEMO_DATA', 'maybe'],
    ['AUTH_SECRET', 'short'],
    ['LOGIN_FAILURE_LIMIT_PER_USER', '0'],
    ['EXPIRED_RECORD_RETENTION_DAYS', '-1'],
    ['EXPIRED_RECORD_RETENTION_DAYS', '1.5'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '10.0.0.1,proxy.example.com'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '::1/129'],
    ['REQUEST_TIMEOUT_MS', '0'],
    ['HEADERS_TIMEOUT_MS', '50'],
  ])('refuses a bad %s naming it', (name, value) => {
    expect(configErrorOf({ [name]: value }).message).toMatch(new RegExp(`^${name} `));
  });

  it('refuses a CORS origin that is not an origin', () => {
    expect(configErrorOf({ CORS_ORIGINS: 'https://ok.example.com,https://bad.example.com/path' }).message).toMatch(/^CORS_ORIGINS /);
  });

  it('refuses to start in production without ADMIN_PASSWORD', () => {
    expect(configErrorOf({ NODE_ENV: 'production' }).message).toMatch(/ADMIN_PASSWORD must be set/);
  });

  it('refuses a short ADMIN_PASSWORD in production but not in development', () => {
    expect(configErrorOf({ NODE_ENV: 'production', ADMIN_PASSWORD: 'short' }).message).toMatch(/^ADMIN_PASSWORD /);
    expect(new AppConfig({ ADMIN_PASSWORD: 'short' }).adminPassword).toBe('short');
  });

  it('starts in production with ADMIN_PASSWORD set, without demo data', () => {
    const config = new AppConfig({ NODE_ENV: 'production', ADMIN_PASSWORD: 'A-Long-Admin-Secret-1' });
    expect(config).toMatchObject({
      nodeEnv: 'production',
      adminPassword: 'A-Long-Admin-Secret-1',
      adminPasswordIsDefault: false,
      seedDemoData: false,
    });
  });

  it('reads the retention of spent and expired records, 0 purging them at the next run', () => {
    expect(new AppConfig({ EXPIRED_RECORD_RETENTION_DAYS: '30' }).expiredRecordRetentionDays).toBe(30);
    expect(new AppConfig({ EXPIRED_RECORD_RETENTION_DAYS: '0' }).expiredRecordRetentionDays).toBe(0);
  });

  it('trusts forwarding headers only from the proxies named in TRUST_PROXY', () => {
    expect(new AppConfig({ TRUST_PROXY: 'off' }).http.trustProxy).toBe(false);
    expect(new AppConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1, fd00::/8 ,loopback' }).http.trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('reads the header and request time limits, the header one within the request one', () => {
    expect(new AppConfig({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '5000' }).http).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 5000,
    });
    expect(configErrorOf({ HEADERS_TIMEOUT_MS: '6000', REQUEST_TIMEOUT_MS: '5000' }).message).toMatch(/^HEADERS_TIMEOUT_MS /);
  });

  it('keeps a given AUTH_SECRET', () => {
    expect(new AppConfig({ AUTH_SECRET: 'a-very-long-shared-secret' }).authSecret).toBe('a-very-long-shared-secret');
  });
});
