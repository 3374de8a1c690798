import { unavailable, unprocessable } from '../../http/errors/domain-error.js';
import {
  type BrowserTokenization,
  type CardDetails,
  PAYMENT_GATEWAY_ERRORS,
  PaymentGateway,
  type TokenizedCard,
} from './payment-gateway.js';
import type { PaymentGatewaySettings } from './payment-gateway.settings.js';
import { tokenUnknown, tokenUsed } from './simulated-payment-gateway.js';

interface GatewayError {
  error?: { code?: string; message?: string };
}

/**
 * The payment gateway over HTTP (the simulator's API, shaped like the common card gateways):
 * `POST /v1/cards` stores a card a partner sent us, `POST /v1/tokens/{token}/redeem` claims a
 * browser's single-use token; both with the secret key. No retries: neither call is safe to repeat
 * blindly (a lost redeem answer would read as "used"); the caller gets a clear 503 and tries again.
 */
export class HttpPaymentGateway extends PaymentGateway {
  constructor(private readonly settings: PaymentGatewaySettings & { url: string }) {
    super();
  }

  async tokenizeCard(card: CardDetails): Promise<TokenizedCard> {
    return this.call('/v1/cards', card);
  }

  async redeemToken(token: string): Promise<TokenizedCard> {
    // A token is opaque to us, but it goes into a path: anything else than its alphabet cannot be one.
    if (!/^[\w-]{1,100}$/.test(token)) throw tokenUnknown();
    return this.call(`/v1/tokens/${token}/redeem`, undefined);
  }

  browserTokenization(): BrowserTokenization {
    return { tokenizeUrl: `${this.settings.browserUrl ?? this.settings.url}/v1/tokens`, publishableKey: this.settings.publishableKey };
  }

  private async call(path: string, body: unknown): Promise<TokenizedCard> {
    let response: Response;
    let payload: unknown;
    try {
      response = await fetch(`${this.settings.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.settings.secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      payload = await response.json();
    } catch {
      throw gatewayUnavailable();
    }
    if (response.ok && isTokenizedCard(payload)) return payload;
    const error = (payload as GatewayError).error;
    if (response.status === 402 && error?.code) throw unprocessable(error.code, error.message ?? 'The card was declined');
    if (response.status === 404) throw tokenUnknown();
    if (response.status === 409) throw tokenUsed();
    // Our key refused or our request rejected: the operator's or our mistake, not the customer's.
    if (response.status === 401 || response.status === 403 || response.status === 400)
      throw unavailable(PAYMENT_GATEWAY_ERRORS.PAYMENT_GATEWAY_NOT_CONFIGURED, 'The payment gateway refused this server’s request');
    throw gatewayUnavailable();
  }
}

const gatewayUnavailable = () =>
  unavailable(PAYMENT_GATEWAY_ERRORS.PAYMENT_GATEWAY_UNAVAILABLE, 'The payment gateway is not answering; try again in a moment', 5);

function isTokenizedCard(value: unknown): value is TokenizedCard {
  const card = value as Partial<TokenizedCard> | null;
  return (
    typeof card?.token === 'string' &&
    typeof card.brand === 'string' &&
    typeof card.last4 === 'string' &&
    Number.isInteger(card.expiryMonth) &&
    Number.isInteger(card.expiryYear)
  );
}
