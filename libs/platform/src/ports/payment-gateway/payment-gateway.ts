/** Card details as the customer typed them; they only pass through, to the gateway. */
export interface CardDetails {
  number: string;
  expiryMonth: number;
  expiryYear: number;
  cvc: string;
  holderName: string;
}

/** What we keep of a card: the gateway's token and what a person needs to recognise it. */
export interface TokenizedCard {
  token: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}

/** Where a browser sends a card to be tokenised, so the number never passes through our server. */
export interface BrowserTokenization {
  tokenizeUrl: string;
  publishableKey: string;
}

/**
 * Port: the payment gateway that keeps cards for us. Card numbers and CVCs go nowhere else.
 * - `tokenizeCard`: a server-to-server partner sent a raw card; the gateway stores it (a declined
 *   card is a 422 DomainError such as CARD_DECLINED).
 * - `redeemToken`: a browser tokenised a card at the gateway and gave us the single-use token; the
 *   gateway verifies it (with our secret key), marks it used and answers the stored card's token,
 *   brand, last 4 and expiry. Unknown or expired: 422 CARD_TOKEN_UNKNOWN; already used: 409 CARD_TOKEN_USED.
 * - `browserTokenization`: what the SPA needs to tokenise by itself; null when this gateway has no
 *   browser endpoint (the in-process simulator of the tests).
 */
export abstract class PaymentGateway {
  abstract tokenizeCard(card: CardDetails): Promise<TokenizedCard>;
  abstract redeemToken(token: string): Promise<TokenizedCard>;
  abstract browserTokenization(): BrowserTokenization | null;
}

/** Error codes the gateway adapters raise, in one place so the API and its tests name them alike. */
export const PAYMENT_GATEWAY_ERRORS = {
  CARD_TOKEN_UNKNOWN: 'CARD_TOKEN_UNKNOWN',
  CARD_TOKEN_USED: 'CARD_TOKEN_USED',
  PAYMENT_GATEWAY_UNAVAILABLE: 'PAYMENT_GATEWAY_UNAVAILABLE',
  PAYMENT_GATEWAY_NOT_CONFIGURED: 'PAYMENT_GATEWAY_NOT_CONFIGURED',
} as const;
