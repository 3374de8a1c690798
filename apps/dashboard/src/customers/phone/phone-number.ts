import { AsYouType, type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The server's phone rule (libs/customers/src/phone/phone-number.ts), for feedback as the agent
 * types; the server still decides. Ofcom's drama range 07700 900xxx counts as valid there too.
 */
const FICTIONAL = /^\+447700900\d{3}$/;

export type PhoneCheck =
  | { kind: 'empty' }
  | { kind: 'valid'; e164: string; international: string }
  | { kind: 'invalid'; reason: 'not-a-number' | 'invalid-for-region'; region: string | null };

/** What the typed number is: nothing yet, a valid one (with its E.164 and readable forms), or not a valid one. */
export function checkPhone(raw: string, region: string): PhoneCheck {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  if (!/\d/.test(text) || /[^\d\s().+\-/]/.test(text)) return { kind: 'invalid', reason: 'not-a-number', region: null };
  const number = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), region as CountryCode);
  if (!number) return { kind: 'invalid', reason: 'not-a-number', region: null };
  if (number.isValid() || FICTIONAL.test(number.number))
    return { kind: 'valid', e164: number.number, international: number.formatInternational() };
  return { kind: 'invalid', reason: 'invalid-for-region', region: number.country ?? (text.startsWith('+') ? null : region) };
}

/** The number formatted as it is typed (`07700900` → `07700 900`), in the region's national format unless it starts with + or 00. */
export function formatAsTyped(raw: string, region: string): string {
  // Deleting a space or bracket must stay possible: only a value that ends in a digit is reformatted.
  if (!/\d$/.test(raw)) return raw;
  return new AsYouType(region as CountryCode).input(raw.replace(/^00(?=[1-9])/, '+'));
}

/** A stored E.164 number as people read it (`+44 7700 900123`); anything else as it is. */
export function readablePhone(stored: string): string {
  const number = parsePhoneNumberFromString(stored);
  return number ? number.formatInternational() : stored;
}
