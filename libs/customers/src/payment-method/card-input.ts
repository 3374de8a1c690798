import { PLATFORM_ERRORS, type CardDetails, type FieldProblem, invalid, isExpired, passesLuhn } from '@contactly/platform';
import { CUSTOMERS_ERRORS } from '../customers-errors.js';

/** Card numbers as people type them: digits in groups, separated by spaces or dashes. */
const DIGIT_RUN = /\d(?:[ -]?\d){11,18}/g;

const digitsOf = (typed: string) => typed.replace(/[ -]/g, '');

/**
 * A card as a TMF670 client describes it (`details`), turned into what the gateway takes. Field
 * names in errors follow the request; no error ever repeats a value.
 */
export interface TmfCardInput {
  cardNumber: string;
  expirationDate: string;
  cvc?: string;
  cvv?: string;
  nameOnCard: string;
}

/** The month a card expires in, from `MM/YY`, `MM/YYYY`, `YYYY-MM` or an ISO 8601 date(-time) in that month. */
export function parseExpirationDate(text: string, field: string): { expiryMonth: number; expiryYear: number } {
  const slash = /^(\d{1,2})\s*\/\s*(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})(?:-\d{2}(?:T.*)?)?$/.exec(text);
  const [month, year] = slash
    ? [Number(slash[1]), Number(slash[2].length === 2 ? `20${slash[2]}` : slash[2])]
    : iso
      ? [Number(iso[2]), Number(iso[1])]
      : [0, 0];
  if (month < 1 || month > 12 || year < 2000 || year > 2099) {
    throw invalid(CUSTOMERS_ERRORS.INVALID_EXPIRATION_DATE, `${field} is not an expiry date`, [
      { field, message: 'must be MM/YY, MM/YYYY or YYYY-MM' },
    ]);
  }
  return { expiryMonth: month, expiryYear: year };
}

export function fromTmfCard(input: TmfCardInput, prefix = 'details'): CardDetails {
  const cvc = input.cvc ?? input.cvv;
  if (!cvc)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${prefix}.cvc is required`, [
      { field: `${prefix}.cvc`, message: 'is required (the card security code, also accepted as cvv)' },
    ]);
  return {
    number: digitsOf(input.cardNumber),
    ...parseExpirationDate(input.expirationDate, `${prefix}.expirationDate`),
    cvc,
    holderName: input.nameOnCard,
  };
}

/**
 * Checks a card before it goes to the gateway: the number passes Luhn (400 CARD_NUMBER_INVALID)
 * and the card has not expired by the clock (400 CARD_EXPIRED). The gateway may still decline it.
 */
export function assertUsableCard(card: CardDetails, now: Date, fields: { number: string; expiry: string }): CardDetails {
  const number = digitsOf(card.number);
  if (!passesLuhn(number))
    throw invalid(CUSTOMERS_ERRORS.CARD_NUMBER_INVALID, 'The card number is not valid', [
      { field: fields.number, message: 'is not a valid card number' },
    ]);
  if (isExpired(card.expiryMonth, card.expiryYear, now))
    throw invalid(CUSTOMERS_ERRORS.CARD_EXPIRED, 'The card has expired', [{ field: fields.expiry, message: 'is in the past' }]);
  return { ...card, number };
}

/**
 * A card number pasted into a free-text field (a name, a description) would be stored, shown and
 * published in events; refuse it (400) instead. Only Luhn-valid runs count, so phone numbers and
 * references pass.
 */
export function assertNoCardNumberIn(texts: Record<string, string | null | undefined>): void {
  const problems: FieldProblem[] = Object.entries(texts)
    .filter(([, text]) => typeof text === 'string' && (text.match(DIGIT_RUN) ?? []).some((run) => passesLuhn(digitsOf(run))))
    .map(([field]) => ({ field, message: 'must not contain a card number' }));
  if (problems.length)
    throw invalid(
      CUSTOMERS_ERRORS.CARD_NUMBER_IN_TEXT,
      `A card number goes in the card details only: ${problems.map((p) => p.field).join(', ')}`,
      problems,
    );
}

/** The last moment a card can be used: the end of its expiry month (UTC). */
export const expiryEndOf = (month: number, year: number) => new Date(Date.UTC(year, month, 1) - 1);
