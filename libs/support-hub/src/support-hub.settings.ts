import { type AppConfig, boolean, integer, positiveNumber, text, url } from '@contactly/platform';

/** Support hub (CRM case aggregation) settings; see README "Configuration". */
export class SupportHubSettings {
  /** The CRM APIs the hub pulls from; unset means not configured (the dev server then starts simulators). */
  readonly bananaUrl: string | undefined;
  readonly bananaApiKey: string;
  readonly strawberryUrl: string | undefined;
  readonly strawberryToken: string;
  /** Scheduled refresh interval. */
  readonly refreshHours: number;
  /** A manual refresh is refused (429) until the last successful one is this old. */
  readonly minRefreshMinutes: number;
  /** Every n-th run of a source is a full sync (which notices deleted cases)… */
  readonly fullSyncEvery: number;
  /** …and so is any run when the last full sync is older than this. */
  readonly fullSyncHours: number;
  /** Whether this instance schedules refreshes (off in tests). */
  readonly scheduler: boolean;
  readonly httpTimeoutMs: number;
  readonly httpRetries: number;
  readonly retryBaseMs: number;
  /** Cap on one wait between retries, Retry-After included. */
  readonly retryMaxWaitMs: number;
  /** Page size asked of the CRMs; unset uses each vendor's maximum. */
  readonly pageSize: number | undefined;

  constructor({ read, nodeEnv }: AppConfig) {
    this.bananaUrl = read<string | undefined>('BANANA_URL', url('http:', 'https:'), undefined);
    this.bananaApiKey = read('BANANA_API_KEY', text(), 'banana-secret');
    this.strawberryUrl = read<string | undefined>('STRAWBERRY_URL', url('http:', 'https:'), undefined);
    this.strawberryToken = read('STRAWBERRY_TOKEN', text(), 'strawberry-token');
    this.refreshHours = read('SUPPORT_HUB_REFRESH_HOURS', positiveNumber(0.01, 24 * 24), 4);
    this.minRefreshMinutes = read('SUPPORT_HUB_MIN_REFRESH_MINUTES', integer(0, 1440), 15);
    this.fullSyncEvery = read('SUPPORT_HUB_FULL_SYNC_EVERY', integer(1, 1000), 6);
    this.fullSyncHours = read('SUPPORT_HUB_FULL_SYNC_HOURS', integer(1, 24 * 30), 24);
    this.scheduler = read('SUPPORT_HUB_SCHEDULER', boolean, nodeEnv !== 'test');
    this.httpTimeoutMs = read('SUPPORT_HUB_HTTP_TIMEOUT_MS', integer(50, 600000), 10000);
    this.httpRetries = read('SUPPORT_HUB_HTTP_RETRIES', integer(0, 20), 4);
    this.retryBaseMs = read('SUPPORT_HUB_RETRY_BASE_MS', integer(0, 60000), 500);
    this.retryMaxWaitMs = read('SUPPORT_HUB_RETRY_MAX_WAIT_MS', integer(0, 600000), 30000);
    this.pageSize = read<number | undefined>('SUPPORT_HUB_PAGE_SIZE', integer(1, 500), undefined);
  }
}
