import { randomBytes } from 'node:crypto';
import { parseDatabaseUrl, type DatabaseSettings } from './database-url.js';
import { boolean, byteSize, ConfigError, integer, list, oneOf, type Parser, proxyList, text, url } from './env-parsers.js';

export const DEFAULT_DATABASE_URL = 'sqlite:data/contactly.sqlite';
export const DEFAULT_ADMIN_PASSWORD = 'admin';

/** Support hub (CRM case aggregation) settings; see README "Configuration". */
export interface SupportHubSettings {
  /** Scheduled refresh interval. */
  refreshHours: number;
  /** A manual refresh is refused (429) until the last successful one is this old. */
  minRefreshMinutes: number;
  /** Every n-th run of a source is a full sync (which notices deleted cases)… */
  fullSyncEvery: number;
  /** …and so is any run when the last full sync is older than this. */
  fullSyncHours: number;
  /** Whether this instance schedules refreshes (off in tests). */
  scheduler: boolean;
  httpTimeoutMs: number;
  httpRetries: number;
  retryBaseMs: number;
  /** Cap on one wait between retries, Retry-After included. */
  retryMaxWaitMs: number;
  /** Page size asked of the CRMs; unset uses each vendor's maximum. */
  pageSize: number | undefined;
}

/** An HTTP provider of a channel: where messages are POSTed, and the bearer token it expects. */
export interface HttpProviderSettings {
  url: string;
  token: string | undefined;
}

/** Communications platform settings (sending, dispatch, providers, receipts); see README "Configuration". */
export interface CommunicationsSettings {
  /** Whether this instance dispatches due communications (off in tests; a lease makes one instance do it). */
  dispatcher: boolean;
  /** How often the dispatcher looks for due communications. */
  dispatchIntervalMs: number;
  /** Communications claimed and sent per batch. */
  dispatchBatchSize: number;
  /** Attempts of a communication (the first included) before it fails with the provider's reason. */
  maxAttempts: number;
  /** Wait before the second attempt; it doubles with each further attempt, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Timeout of one provider request (HTTP providers, SMTP). */
  providerTimeoutMs: number;
  /** `smtp://user:pass@host:587` or `smtps://…`; unset: email goes to the dev mailbox. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** HTTP providers per channel kind; an unset one sends to the dev mailbox. */
  smsProvider: HttpProviderSettings | undefined;
  messengerProvider: HttpProviderSettings | undefined;
  pushProvider: HttpProviderSettings | undefined;
  socialProvider: HttpProviderSettings | undefined;
  /** Key of the delivery-receipt signatures (HMAC-SHA256); unset: every receipt is refused. */
  receiptSecret: string | undefined;
  /** A receipt whose timestamp is further than this from now is refused (replays). */
  receiptToleranceSeconds: number;
}

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

/** A decimal number within bounds, e.g. `0.5` hours. */
const positiveNumber = (min: number, max: number): Parser<number> => (raw) => {
  const value = Number(raw.trim());
  if (!/^\d+(\.\d+)?$/.test(raw.trim()) || value < min || value > max) throw new ConfigError(`must be a number between ${min} and ${max}`);
  return value;
};

/** The validated configuration, read once from the environment at start. */
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
  /** The CRM APIs the support hub pulls from; unset means not configured (the dev server then starts simulators). */
  readonly bananaUrl: string | undefined;
  readonly bananaApiKey: string;
  readonly strawberryUrl: string | undefined;
  readonly strawberryToken: string;
  readonly supportHub: SupportHubSettings;
  readonly communications: CommunicationsSettings;

  constructor(env: NodeJS.ProcessEnv) {
    const read = <T>(name: string, parser: Parser<T>, fallback: T): T => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      try {
        return parser(raw);
      } catch (error) {
        if (error instanceof ConfigError) throw new ConfigError(`${name} ${error.message}`);
        throw error;
      }
    };
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
      if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin)) throw new ConfigError(`CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com`);
    }
    this.bodyLimitBytes = read('BODY_LIMIT', byteSize, 1024 * 1024);
    this.http = {
      trustProxy: read('TRUST_PROXY', proxyList, false),
      headersTimeoutMs: read('HEADERS_TIMEOUT_MS', integer(100, 300_000), 10_000),
      requestTimeoutMs: read('REQUEST_TIMEOUT_MS', integer(100, 3_600_000), 60_000),
    };
    if (this.http.headersTimeoutMs > this.http.requestTimeoutMs) throw new ConfigError('HEADERS_TIMEOUT_MS must not be longer than REQUEST_TIMEOUT_MS');
    this.publicUrl = read<string | undefined>('PUBLIC_URL', url('http:', 'https:'), undefined);
    this.credentialCacheTtlSeconds = read('CREDENTIAL_CACHE_TTL', integer(0, 3600), 60);
    this.authSecret = read('AUTH_SECRET', text(16), randomBytes(32).toString('hex'));
    this.seedDemoData = read('SEED_DEMO_DATA', boolean, this.nodeEnv !== 'production');
    this.shutdownTimeoutMs = read('SHUTDOWN_TIMEOUT_MS', integer(0, 600000), 10000);
    this.loginFailureLimitPerUser = read('LOGIN_FAILURE_LIMIT_PER_USER', integer(1, 1000), 5);
    this.loginFailureLimitPerAddress = read('LOGIN_FAILURE_LIMIT_PER_ADDRESS', integer(1, 10000), 30);
    this.loginFailureWindowSeconds = read('LOGIN_FAILURE_WINDOW', integer(1, 86400), 900);
    this.expiredRecordRetentionDays = read('EXPIRED_RECORD_RETENTION_DAYS', integer(0, 3650), 7);
    this.bananaUrl = read<string | undefined>('BANANA_URL', url('http:', 'https:'), undefined);
    this.bananaApiKey = read('BANANA_API_KEY', text(), 'banana-secret');
    this.strawberryUrl = read<string | undefined>('STRAWBERRY_URL', url('http:', 'https:'), undefined);
    this.strawberryToken = read('STRAWBERRY_TOKEN', text(), 'strawberry-token');
    this.supportHub = {
      refreshHours: read('SUPPORT_HUB_REFRESH_HOURS', positiveNumber(0.01, 24 * 24), 4),
      minRefreshMinutes: read('SUPPORT_HUB_MIN_REFRESH_MINUTES', integer(0, 1440), 15),
      fullSyncEvery: read('SUPPORT_HUB_FULL_SYNC_EVERY', integer(1, 1000), 6),
      fullSyncHours: read('SUPPORT_HUB_FULL_SYNC_HOURS', integer(1, 24 * 30), 24),
      scheduler: read('SUPPORT_HUB_SCHEDULER', boolean, this.nodeEnv !== 'test'),
      httpTimeoutMs: read('SUPPORT_HUB_HTTP_TIMEOUT_MS', integer(50, 600000), 10000),
      httpRetries: read('SUPPORT_HUB_HTTP_RETRIES', integer(0, 20), 4),
      retryBaseMs: read('SUPPORT_HUB_RETRY_BASE_MS', integer(0, 60000), 500),
      retryMaxWaitMs: read('SUPPORT_HUB_RETRY_MAX_WAIT_MS', integer(0, 600000), 30000),
      pageSize: read<number | undefined>('SUPPORT_HUB_PAGE_SIZE', integer(1, 500), undefined),
    };
    const httpProvider = (prefix: string): HttpProviderSettings | undefined => {
      const providerUrl = read<string | undefined>(`${prefix}_PROVIDER_URL`, url('http:', 'https:'), undefined);
      return providerUrl ? { url: providerUrl, token: read<string | undefined>(`${prefix}_PROVIDER_TOKEN`, text(), undefined) } : undefined;
    };
    this.communications = {
      dispatcher: read('COMMUNICATIONS_DISPATCHER', boolean, this.nodeEnv !== 'test'),
      dispatchIntervalMs: read('COMMUNICATIONS_DISPATCH_INTERVAL_MS', integer(50, 3_600_000), 1000),
      dispatchBatchSize: read('COMMUNICATIONS_DISPATCH_BATCH', integer(1, 5000), 1000),
      maxAttempts: read('COMMUNICATIONS_MAX_ATTEMPTS', integer(1, 50), 5),
      retryBaseMs: read('COMMUNICATIONS_RETRY_BASE_MS', integer(0, 86_400_000), 30_000),
      retryMaxMs: read('COMMUNICATIONS_RETRY_MAX_MS', integer(0, 7 * 86_400_000), 3_600_000),
      providerTimeoutMs: read('COMMUNICATIONS_PROVIDER_TIMEOUT_MS', integer(50, 600_000), 10_000),
      smtpUrl: read<string | undefined>('SMTP_URL', url('smtp:', 'smtps:'), undefined),
      smtpFrom: read('SMTP_FROM', text(3), 'Contactly <no-reply@contactly.local>'),
      smsProvider: httpProvider('SMS'),
      messengerProvider: httpProvider('MESSENGER'),
      pushProvider: httpProvider('PUSH'),
      socialProvider: httpProvider('SOCIAL'),
      receiptSecret: read<string | undefined>('COMMUNICATIONS_RECEIPT_SECRET', text(16), undefined),
      receiptToleranceSeconds: read('COMMUNICATIONS_RECEIPT_TOLERANCE_SECONDS', integer(1, 86_400), 300),
    };

    if (this.nodeEnv === 'production' && this.adminPasswordIsDefault) {
      throw new ConfigError('ADMIN_PASSWORD must be set when NODE_ENV=production (the default Admin/admin is for development only)');
    }
  }
}
