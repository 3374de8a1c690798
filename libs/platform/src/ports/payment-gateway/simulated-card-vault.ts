import { randomBytes } from 'node:crypto';
import { cardBrand } from './card-rules.js';
import type { CardDetails, TokenizedCard } from './payment-gateway.js';

/**
 * The documented test cards (README): 4242 4242 4242 4242 and 5555 5555 5555 4444 succeed;
 * these are refused by the "issuer"; any other Luhn-valid number succeeds.
 */
export const SIMULATED_DECLINES: Record<string, { code: string; message: string }> = {
  '4000000000000002': { code: 'CARD_DECLINED', message: 'The card was declined by the issuer' },
  '4000000000000069': { code: 'CARD_EXPIRED', message: 'The issuer reports the card as expired' },
  '4000000000000127': { code: 'CARD_CVC_INCORRECT', message: 'The issuer rejected the security code' },
};

/** The issuer refused the card (a documented test card): `code` is one of SIMULATED_DECLINES. */
export class CardDeclined extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type RedeemOutcome = { kind: 'redeemed'; card: TokenizedCard } | { kind: 'unknown' } | { kind: 'used' };

export interface TokenInfo extends TokenizedCard {
  used: boolean;
  createdAt: string;
}

interface IssuedToken {
  card: TokenizedCard;
  createdMs: number;
  used: boolean;
}

/** Single-use browser tokens live this long, as at real gateways: long enough to finish a form. */
export const TOKEN_TTL_MS = 30 * 60_000;

/**
 * The simulated gateway's memory, shared by the HTTP simulator and the in-process adapter so both
 * decline the same test cards: single-use tokens (what a browser gets) that redeem once into a
 * stored card's reusable token, and stored cards straight from a server. Nothing but brand, last 4
 * and expiry is kept of a card.
 */
export class SimulatedCardVault {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly nowMs: () => number = Date.now) {}

  /** A single-use token for a card typed into a browser. */
  issueToken(card: CardDetails): TokenizedCard {
    this.forgetExpired();
    const issued = { ...recognisable(card), token: `tok_sim_${randomBytes(12).toString('hex')}` };
    this.tokens.set(issued.token, { card: issued, createdMs: this.nowMs(), used: false });
    return issued;
  }

  /** A reusable card token for a card a server sent. */
  storeCard(card: CardDetails): TokenizedCard {
    return { ...recognisable(card), token: `card_sim_${randomBytes(12).toString('hex')}` };
  }

  peek(token: string): TokenInfo | undefined {
    const issued = this.live(token);
    return issued && { ...issued.card, used: issued.used, createdAt: new Date(issued.createdMs).toISOString() };
  }

  /** Claims a single-use token; the check and the claim are one step, so two redeems never both win. */
  redeem(token: string): RedeemOutcome {
    const issued = this.live(token);
    if (!issued) return { kind: 'unknown' };
    if (issued.used) return { kind: 'used' };
    issued.used = true;
    return { kind: 'redeemed', card: { ...issued.card, token: `card_sim_${randomBytes(12).toString('hex')}` } };
  }

  clear(): void {
    this.tokens.clear();
  }

  private live(token: string): IssuedToken | undefined {
    const issued = this.tokens.get(token);
    return issued && this.nowMs() - issued.createdMs < TOKEN_TTL_MS ? issued : undefined;
  }

  private forgetExpired(): void {
    const oldest = this.nowMs() - TOKEN_TTL_MS;
    for (const [token, issued] of this.tokens) if (issued.createdMs < oldest) this.tokens.delete(token);
  }
}

function recognisable(card: CardDetails): Omit<TokenizedCard, 'token'> {
  const decline = SIMULATED_DECLINES[card.number];
  if (decline) throw new CardDeclined(decline.code, decline.message);
  return { brand: cardBrand(card.number), last4: card.number.slice(-4), expiryMonth: card.expiryMonth, expiryYear: card.expiryYear };
}
