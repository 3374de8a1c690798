import { type AppConfig, boolean, integer, text, url } from '@contactly/platform';

/** An HTTP provider of a channel: where messages are POSTed, and the bearer token it expects. */
export interface HttpProviderSettings {
  url: string;
  token: string | undefined;
}

/** Communications platform settings (sending, dispatch, providers, receipts); see README "Configuration". */
export class CommunicationsSettings {
  /** Whether this instance dispatches due communications (off in tests; a lease makes one instance do it). */
  readonly dispatcher: boolean;
  /** How often the dispatcher looks for due communications. */
  readonly dispatchIntervalMs: number;
  /** Communications claimed and sent per batch. */
  readonly dispatchBatchSize: number;
  /** Attempts of a communication (the first included) before it fails with the provider's reason. */
  readonly maxAttempts: number;
  /** Wait before the second attempt; it doubles with each further attempt, up to retryMaxMs. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** Timeout of one provider request (HTTP providers, SMTP). */
  readonly providerTimeoutMs: number;
  /** `smtp://user:pass@host:587` or `smtps://…`; unset: email goes to the dev mailbox. */
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  /** HTTP providers per channel kind; an unset one sends to the dev mailbox. */
  readonly smsProvider: HttpProviderSettings | undefined;
  readonly messengerProvider: HttpProviderSettings | undefined;
  readonly pushProvider: HttpProviderSettings | undefined;
  readonly socialProvider: HttpProviderSettings | undefined;
  /** Key of the delivery-receipt signatures (HMAC-SHA256); unset: every receipt is refused. */
  readonly receiptSecret: string | undefined;
  /** A receipt whose timestamp is further than this from now is refused (replays). */
  readonly receiptToleranceSeconds: number;

  constructor({ read, nodeEnv }: AppConfig) {
    const httpProvider = (prefix: string): HttpProviderSettings | undefined => {
      const providerUrl = read<string | undefined>(`${prefix}_PROVIDER_URL`, url('http:', 'https:'), undefined);
      return providerUrl ? { url: providerUrl, token: read<string | undefined>(`${prefix}_PROVIDER_TOKEN`, text(), undefined) } : undefined;
    };
    this.dispatcher = read('COMMUNICATIONS_DISPATCHER', boolean, nodeEnv !== 'test');
    this.dispatchIntervalMs = read('COMMUNICATIONS_DISPATCH_INTERVAL_MS', integer(50, 3_600_000), 1000);
    this.dispatchBatchSize = read('COMMUNICATIONS_DISPATCH_BATCH', integer(1, 5000), 1000);
    this.maxAttempts = read('COMMUNICATIONS_MAX_ATTEMPTS', integer(1, 50), 5);
    this.retryBaseMs = read('COMMUNICATIONS_RETRY_BASE_MS', integer(0, 86_400_000), 30_000);
    this.retryMaxMs = read('COMMUNICATIONS_RETRY_MAX_MS', integer(0, 7 * 86_400_000), 3_600_000);
    this.providerTimeoutMs = read('COMMUNICATIONS_PROVIDER_TIMEOUT_MS', integer(50, 600_000), 10_000);
    this.smtpUrl = read<string | undefined>('SMTP_URL', url('smtp:', 'smtps:'), undefined);
    this.smtpFrom = read('SMTP_FROM', text(3), 'Contactly <no-reply@contactly.local>');
    this.smsProvider = httpProvider('SMS');
    this.messengerProvider = httpProvider('MESSENGER');
    this.pushProvider = httpProvider('PUSH');
    this.socialProvider = httpProvider('SOCIAL');
    this.receiptSecret = read<string | undefined>('COMMUNICATIONS_RECEIPT_SECRET', text(16), undefined);
    this.receiptToleranceSeconds = read('COMMUNICATIONS_RECEIPT_TOLERANCE_SECONDS', integer(1, 86_400), 300);
  }
}
