import { type CardDetails, type FieldProblem, invalid, PLATFORM_ERRORS } from '@contactly/platform';
import type { PaymentCardDto } from './dto/payment-card.dto.js';
import type { CardDetailsDto } from './dto/card-details.dto.js';
import { assertUsableCard, fromTmfCard } from './card-input.js';

/**
 * Where a card on file comes from: the gateway's single-use token (a browser sent the card straight
 * to the gateway) or the card itself (a partner's server). The card is checked here; a token is
 * checked by the gateway when redeemed.
 */
export type CardSource = { kind: 'token'; token: string; holderName: string } | { kind: 'card'; card: CardDetails };

/** From the card form route: `token`, or `number`, `expiryMonth`, `expiryYear` and `cvc`. */
export function cardSourceOfForm(input: PaymentCardDto, now: Date): CardSource {
  const raw = { number: input.number, expiryMonth: input.expiryMonth, expiryYear: input.expiryYear, cvc: input.cvc };
  if (tokenOrCard(input.token, raw, '')) return { kind: 'token', token: input.token!, holderName: input.holderName };
  const card = {
    number: input.number!,
    expiryMonth: input.expiryMonth!,
    expiryYear: input.expiryYear!,
    cvc: input.cvc!,
    holderName: input.holderName,
  };
  return { kind: 'card', card: assertUsableCard(card, now, { number: 'number', expiry: 'expiryYear' }) };
}

/** From TMF670 `details`: `token`, or `cardNumber`, `expirationDate` and `cvc` (or `cvv`). */
export function cardSourceOfTmf(details: CardDetailsDto, now: Date): CardSource {
  const raw = { cardNumber: details.cardNumber, expirationDate: details.expirationDate };
  const extra = { cvc: details.cvc, cvv: details.cvv };
  if (tokenOrCard(details.token, { ...raw, ...extra }, 'details.', Object.keys(raw)))
    return { kind: 'token', token: details.token!, holderName: details.nameOnCard };
  const card = fromTmfCard({ ...details, cardNumber: details.cardNumber!, expirationDate: details.expirationDate! });
  return { kind: 'card', card: assertUsableCard(card, now, { number: 'details.cardNumber', expiry: 'details.expirationDate' }) };
}

/**
 * True for a token, false for a card; 400 naming the fields when both or neither are sent. `required`
 * are the card's fields that must all be there without a token (default: all of `raw`).
 */
function tokenOrCard(token: string | undefined, raw: Record<string, unknown>, prefix: string, required = Object.keys(raw)): boolean {
  const sent = Object.keys(raw).filter((field) => raw[field] !== undefined);
  const problems: FieldProblem[] = token
    ? sent.map((field) => ({ field: `${prefix}${field}`, message: 'must not be sent with token (the token stands for the card)' }))
    : required
        .filter((field) => raw[field] === undefined)
        .map((field) => ({ field: `${prefix}${field}`, message: 'is required (or send token)' }));
  if (problems.length)
    throw invalid(
      PLATFORM_ERRORS.VALIDATION_FAILED,
      token ? 'Send either the card token or the card, not both' : `The card is incomplete: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    );
  return Boolean(token);
}
