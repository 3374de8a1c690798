/**
 * Card helpers for the card form and the list of cards on file. They only hint: the server checks
 * Luhn and expiry again and the payment gateway decides. Nothing here keeps or logs a number.
 */

/** The digits of a number as typed (spaces and dashes allowed). */
export const digitsOf = (typed: string): string => typed.replace(/[\s-]/g, '');

/** The Luhn checksum every card number satisfies. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'maestro' | 'unknown';

/** The brand the number's prefix suggests. */
export function brandOf(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  if (/^(50|5[6-9]|6)/.test(digits)) return 'maestro';
  return 'unknown';
}

const BRAND_LABELS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  maestro: 'Maestro',
};

/** "visa" → "Visa"; a brand we do not know keeps the server's word. */
export const brandLabel = (brand: string): string =>
  BRAND_LABELS[brand.toLowerCase()] ?? (brand ? brand[0].toUpperCase() + brand.slice(1) : 'Card');

/** The number in groups as people read it: 4-4-4-4, or 4-6-5 for American Express. */
export function formatCardNumber(typed: string): string {
  const digits = digitsOf(typed).replace(/\D/g, '').slice(0, 19);
  const groups = brandOf(digits) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** Why a typed number cannot be a card number: the card form says it under the number (see CARD_NUMBER_HINTS). */
export type CardNumberHint = 'onlyDigits' | 'maxDigits' | 'typo';

/** The English words of each hint; the form shows them translated (`contactly.card.hint.<hint>`). */
export const CARD_NUMBER_HINTS: Record<CardNumberHint, string> = {
  onlyDigits: 'Only digits, spaces and dashes',
  maxDigits: 'A card number has at most 19 digits',
  typo: 'This number does not look like a card number — check for a typo',
};

/** What is wrong with the number while it is typed; null when it looks right (or is empty or short). */
export function cardNumberHint(typed: string): CardNumberHint | null {
  const digits = digitsOf(typed);
  if (!digits) return null;
  if (!/^\d+$/.test(digits)) return 'onlyDigits';
  if (digits.length < 12) return null;
  if (digits.length > 19) return 'maxDigits';
  if (!passesLuhn(digits)) return 'typo';
  return null;
}

export interface Expiry {
  month: number;
  year: number;
}

/** "MM/YY", "MM/YYYY" or "MMYY" → month and four-digit year; null when it is not an expiry. */
export function parseExpiry(typed: string): Expiry | null {
  const match = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(typed);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

/** A card works to the end of its expiry month. */
export const isExpired = ({ month, year }: Expiry, now: Date): boolean =>
  year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1);

/** The last moment a card on file can be used (an ISO date-time) as MM/YY. */
export function expiryLabel(expirationDate: string): string {
  const date = new Date(expirationDate);
  if (Number.isNaN(date.getTime())) return expirationDate;
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCFullYear()).slice(-2)}`;
}

/** "Visa •••• 4242" */
export const maskedCard = (details: { brand: string; lastFourDigits: string }): string =>
  `${brandLabel(details.brand)} •••• ${details.lastFourDigits}`;

/** The inputs of the card form. */
export type CardFormField = 'number' | 'expiry' | 'cvc' | 'holderName';

const CARD_FIELDS: Record<string, CardFormField> = {
  number: 'number',
  expiryMonth: 'expiry',
  expiryYear: 'expiry',
  cvc: 'cvc',
  holderName: 'holderName',
  'details.cardNumber': 'number',
  'details.expirationDate': 'expiry',
  'details.cvc': 'cvc',
  'details.cvv': 'cvc',
  'details.nameOnCard': 'holderName',
};

/**
 * The card form input an API field path belongs to, for both ways a card is sent: the card form
 * endpoint (`number`, `expiryYear`…) and TMF670 `details` (`details.cardNumber`…). Other fields: ''.
 */
export const cardFormFieldOf = (apiField: string): CardFormField | '' => CARD_FIELDS[apiField] ?? '';

/** Whether a payment method's name is the one the server makes up ("Visa •••• 4242"), not one a person gave it. */
export const isGeneratedCardName = (name: string): boolean => /^[\p{L} ]+ •••• \d{4}$/u.test(name);
