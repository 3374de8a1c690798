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

/**
 * Port: turns card details into a reusable token at the payment gateway. A declined card is a
 * DomainError (Unprocessable, CARD_DECLINED). Card numbers and CVCs never go anywhere else.
 */
export abstract class PaymentGateway {
  abstract tokenizeCard(card: CardDetails): Promise<TokenizedCard>;
}
