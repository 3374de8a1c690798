import { api, unwrap } from '../../api/client';
import { readJson } from '../../api/send';
import type { CardFormField } from './card';

/** Where this installation's payment gateway takes cards from browsers (`GET /api/v1/payment-gateway`). */
export interface GatewayConfig {
  tokenizeUrl: string;
  publishableKey: string;
}

/** A card as typed: it goes to the gateway only, never to our server. */
export interface CardToTokenize {
  number: string;
  expiryMonth: number;
  expiryYear: number;
  cvc: string;
  holderName: string;
}

/** What the gateway answers: a single-use token for our server, and what a person recognises the card by. */
export interface CardToken {
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}

/** The gateway refused the card or could not be reached. `code` is the gateway's; `field` the form input at fault. */
export class GatewayCardError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: CardFormField,
  ) {
    super(message);
    this.name = 'GatewayCardError';
  }
}

export const GATEWAY_UNREACHABLE = 'GATEWAY_UNREACHABLE';

export const readGatewayConfig = (): Promise<GatewayConfig> => unwrap(api.GET('/api/v1/payment-gateway'));

const FIELDS: Record<string, CardFormField> = { number: 'number', expiry: 'expiry', cvc: 'cvc' };

/**
 * Sends the card straight to the gateway's tokenisation endpoint (its own origin, CORS), with the
 * publishable key: no cookies, no referrer, and none of our credentials go with it.
 */
export async function tokenizeAtGateway(config: GatewayConfig, card: CardToTokenize): Promise<CardToken> {
  let response: Response;
  try {
    response = await fetch(config.tokenizeUrl, {
      method: 'POST',
      headers: { Authorization: `Bearer ${config.publishableKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(card),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch {
    throw new GatewayCardError('The payment gateway cannot be reached — check the connection and try again', GATEWAY_UNREACHABLE);
  }
  const body = (await readJson(response)) as Partial<CardToken> & { error?: { code?: string; message?: string; field?: string } };
  if (response.ok && typeof body?.token === 'string') return body as CardToken;
  // Its own trouble (down, overloaded), not the card's: our words, the same as when it cannot be reached.
  if (response.status >= 500 || response.status === 429)
    throw new GatewayCardError('The payment gateway is not answering; try again in a moment', 'PAYMENT_GATEWAY_UNAVAILABLE');
  const error = body?.error;
  throw new GatewayCardError(
    error?.message ?? `The payment gateway answered ${response.status}`,
    error?.code ?? `HTTP_${response.status}`,
    error?.field ? FIELDS[error.field] : undefined,
  );
}
