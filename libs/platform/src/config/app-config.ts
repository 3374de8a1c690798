import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl, type DatabaseSettings } from './database-url.js';
import { boolean, byteSize, ConfigError, integer, list, oneOf, type Parser, proxyList, text, url } from './env-parsers.js';

/** Reads one variable: unset or empty gives the fallback; a bad value throws a ConfigError naming the variable. */
export type SettingReader = <T>(name: string, parser: Parser<T>, fallback: T) => T;

export const DEFAULT_DATABASE_URL = 'sqlite:data/contactly.sqlite';
export const DEFAULT_ADMIN_PASSWORD = 'admin';

/** How the HTTP server treats connections: who may speak for the client, and how long a request may take to arrive. */
export interface HttpServerSettings {
  /**
   * The proxies whose `X-Forwarded-For`/`-Proto`/`-Host` are believed (addresses, CIDRs or the names
   * `loopback`, `linklocal`, `uniquelocal`); false: nobody's, the client is the socket's peer.
   */
  trustProxy: string[] | false;
  /** A request's headers must arrive within this long after the connection asks for one. */
  headersTimeoutMs: number;
  /** …and the whole request, body included; past it the server answers 408 and closes the connection. */
  requestTimeoutMs: number;
}

/**
 * The platform's validated configuration, read once from the environment at start. Each lib reads
 * its own settings from the same environment through `read` (see provideSettings).
 */
export class AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseSettings;
  readonly databaseUrl: string;
  readonly adminPassword: string;
  /** True when ADMIN_PASSWORD was not set and the documented default is used. */
  readonly adminPasswordIsDefault: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly corsOrigins: string[];
  readonly bodyLimitBytes: number;
  readonly http: HttpServerSettings;
  readonly publicUrl: string | undefined;
  readonly credentialCacheTtlSeconds: number;
  /** Key for hashing Authorization headers in the credential cache; random per process unless set. */
  readonly authSecret: string;
  readonly seedDemoData: boolean;
  readonly shutdownTimeoutMs: number;
  readonly loginFailureLimitPerUser: number;
  readonly loginFailureLimitPerAddress: number;
  readonly loginFailureWindowSeconds: number;
  /**
   * Days a spent or expired one-time record (a password-reset token, a completed self-registration)
   * is kept before the hourly purge deletes it: long enough to look into a complaint, no longer.
   */
  readonly expiredRecordRetentionDays: number;
  /** Reads a lib's own setting from the same environment (see provideSettings). */
  readonly read: SettingReader;

  constructor(env: NodeJS.ProcessEnv) {
    const read: SettingReader = (name, parser, fallback) => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      try {
        return parser(raw);
      } catch (error) {
        if (error instanceof ConfigError) throw new ConfigError(`${name} ${error.message}`);
        throw error;
      }
    };
    this.read = read;
    this.nodeEnv = read('NODE_ENV', oneOf('development', 'production', 'test'), 'development');
    this.port = read('PORT', integer(0, 65535), 8181);
    this.host = read('HOST', text(), '0.0.0.0');
    this.databaseUrl = read('DATABASE_URL', text(), DEFAULT_DATABASE_URL);
    this.database = read('DATABASE_URL', parseDatabaseUrl, parseDatabaseUrl(DEFAULT_DATABASE_URL));
    this.adminPassword = read('ADMIN_PASSWORD', text(this.nodeEnv === 'production' ? 10 : 1), DEFAULT_ADMIN_PASSWORD);
    this.adminPasswordIsDefault = !env.ADMIN_PASSWORD;
    this.logLevel = read('LOG_LEVEL', oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'), 'info');
    this.corsOrigins = read('CORS_ORIGINS', list, []);
    for (const origin of this.corsOrigins) {
      if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin))
        throw new ConfigError(`CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com`);
    }
    this.bodyLimitBytes = read('BODY_LIMIT', byteSize, 1024 * 1024);
    this.http = {
      trustProxy: read('TRUST_PROXY', proxyList, false),
      headersTimeoutMs: read('HEADERS_TIMEOUT_MS', integer(100, 300_000), 10_000),
      requestTimeoutMs: read('REQUEST_TIMEOUT_MS', integer(100, 3_600_000), 60_000),
    };
    if (this.http.headersTimeoutMs > this.http.requestTimeoutMs)
      throw new ConfigError('HEADERS_TIMEOUT_MS must not be longer than REQUEST_TIMEOUT_MS');
    this.publicUrl = read<string | undefined>('PUBLIC_URL', url('http:', 'https:'), undefined);
    this.credentialCacheTtlSeconds = read('CREDENTIAL_CACHE_TTL', integer(0, 3600), 60);
    this.authSecret = read('AUTH_SECRET', text(16), randomBytes(32).toString('hex'));
    this.seedDemoData = read('SEED_DEMO_DATA', boolean, this.nodeEnv !== 'production');
    this.shutdownTimeoutMs = read('SHUTDOWN_TIMEOUT_MS', integer(0, 600000), 10000);
    this.loginFailureLimitPerUser = read('LOGIN_FAILURE_LIMIT_PER_USER', integer(1, 1000), 5);
    this.loginFailureLimitPerAddress = read('LOGIN_FAILURE_LIMIT_PER_ADDRESS', integer(1, 10000), 30);
    this.loginFailureWindowSeconds = read('LOGIN_FAILURE_WINDOW', integer(1, 86400), 900);
    this.expiredRecordRetentionDays = read('EXPIRED_RECORD_RETENTION_DAYS', integer(0, 3650), 7);

    if (this.nodeEnv === 'production' && this.adminPasswordIsDefault) {
      throw new ConfigError('ADMIN_PASSWORD must be set when NODE_ENV=production (the default Admin/admin is for development only)');
    }
  }

  /**
   * Where links in messages to people point (the dashboard and portal): PUBLIC_URL, else this server
   * on localhost. Never the request's Host: a forged one would send a victim a link to another site.
   */
  get messageLinkBase(): string {
    return this.publicUrl ?? `http://localhost:${this.port}`;
  }
}
