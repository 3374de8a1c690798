import { Injectable } from '@nestjs/common';
import { conflict, unprocessable } from '../../http/errors/domain-error.js';
import { type CardDetails, PAYMENT_GATEWAY_ERRORS, PaymentGateway, type TokenizedCard } from './payment-gateway.js';
import { CardDeclined, SimulatedCardVault } from './simulated-card-vault.js';

/**
 * The gateway in this process, for tests that need no browser and no network: the same vault and
 * test cards as the HTTP simulator (apps/payment-gateway-simulator), without the HTTP. It has no
 * browser endpoint; `npm start` uses the HTTP simulator instead (PAYMENT_GATEWAY_URL).
 */
@Injectable()
export class SimulatedPaymentGateway extends PaymentGateway {
  /** Public so a test can issue a token as a browser would have. */
  readonly vault = new SimulatedCardVault();

  async tokenizeCard(card: CardDetails): Promise<TokenizedCard> {
    try {
      return this.vault.storeCard(card);
    } catch (error) {
      if (error instanceof CardDeclined) throw unprocessable(error.code, error.message);
      throw error;
    }
  }

  async redeemToken(token: string): Promise<TokenizedCard> {
    const outcome = this.vault.redeem(token);
    if (outcome.kind === 'redeemed') return outcome.card;
    if (outcome.kind === 'used') throw tokenUsed();
    throw tokenUnknown();
  }

  browserTokenization(): null {
    return null;
  }
}

export const tokenUnknown = () =>
  unprocessable(PAYMENT_GATEWAY_ERRORS.CARD_TOKEN_UNKNOWN, 'The card token is unknown or has expired: enter the card again');
export const tokenUsed = () =>
  conflict(PAYMENT_GATEWAY_ERRORS.CARD_TOKEN_USED, 'The card token was already used: enter the card again to add it once more');
