import type { AppConfig } from '../../config/app-config.js';
import { ConfigError, integer, text, url } from '../../config/env-parsers.js';

/** The simulator's documented keys; any real gateway has its own. */
export const SIMULATOR_KEYS = { publishable: 'pk_test_contactly', secret: 'sk_test_contactly' } as const;

/**
 * Where the payment gateway is. With PAYMENT_GATEWAY_URL unset the server tokenises in-process
 * (tests); `npm start` outside production starts the HTTP simulator and sets it.
 */
export class PaymentGatewaySettings {
  /** The gateway's API as this server reaches it. */
  readonly url: string | undefined;
  /** Where browsers send cards, when it differs from `url` (another host name, a proxy). */
  readonly browserUrl: string | undefined;
  readonly publishableKey: string;
  readonly secretKey: string;
  readonly timeoutMs: number;

  constructor({ read, nodeEnv }: AppConfig) {
    this.url = read<string | undefined>('PAYMENT_GATEWAY_URL', url('http:', 'https:'), undefined);
    this.browserUrl = read<string | undefined>('PAYMENT_GATEWAY_BROWSER_URL', url('http:', 'https:'), this.url);
    this.publishableKey = read('PAYMENT_GATEWAY_PUBLISHABLE_KEY', text(8), SIMULATOR_KEYS.publishable);
    this.secretKey = read('PAYMENT_GATEWAY_SECRET_KEY', text(8), SIMULATOR_KEYS.secret);
    this.timeoutMs = read('PAYMENT_GATEWAY_TIMEOUT_MS', integer(100, 120000), 10000);
    if (nodeEnv === 'production' && this.url && this.secretKey === SIMULATOR_KEYS.secret)
      throw new ConfigError('PAYMENT_GATEWAY_SECRET_KEY must be set when NODE_ENV=production and PAYMENT_GATEWAY_URL is set');
  }
}
