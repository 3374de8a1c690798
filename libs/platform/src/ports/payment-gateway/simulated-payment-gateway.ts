import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { unprocessable } from '../../http/errors/domain-error.js';
import { cardBrand } from './card-rules.js';
import { type CardDetails, PaymentGateway, type TokenizedCard } from './payment-gateway.js';

/**
 * The built-in gateway for development and tests. Documented test cards (README):
 * 4242 4242 4242 4242 and 5555 5555 5555 4444 succeed; 4000 0000 0000 0002 is declined;
 * 4000 0000 0000 0069 is refused as expired by the issuer; any other Luhn-valid number succeeds.
 */
export const SIMULATED_DECLINES: Record<string, { code: string; message: string }> = {
  '4000000000000002': { code: 'CARD_DECLINED', message: 'The card was declined by the issuer' },
  '4000000000000069': { code: 'CARD_EXPIRED', message: 'The issuer reports the card as expired' },
  '4000000000000127': { code: 'CARD_CVC_INCORRECT', message: 'The issuer rejected the security code' },
};

@Injectable()
export class SimulatedPaymentGateway extends PaymentGateway {
  async tokenizeCard(card: CardDetails): Promise<TokenizedCard> {
    const decline = SIMULATED_DECLINES[card.number];
    if (decline) throw unprocessable(decline.code, decline.message);
    return {
      token: `sim_tok_${randomBytes(12).toString('hex')}`,
      brand: cardBrand(card.number),
      last4: card.number.slice(-4),
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
    };
  }
}
