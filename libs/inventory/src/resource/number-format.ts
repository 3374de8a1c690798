import type { ResourceType } from './number-resource.entity.js';

/** E.164 without `+`: a country code (never 0) and at most 15 digits in all; 8 at least for a real mobile number. */
const MSISDN = /^[1-9]\d{7,14}$/;
/** ITU-T E.118: `89` (telecom), 19 or 20 digits, the last a Luhn check digit. */
const ICCID = /^89\d{17,18}$/;

/** The Luhn check digit of a digit string (the one that makes `digits + check` pass). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i -= 1, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A number as stored (`+` and spaces dropped from an MSISDN), or why it is not one of its type. */
export function normalizedNumber(type: ResourceType, raw: string): { value: string } | { problem: string } {
  const text = raw.trim();
  if (type === 'msisdn') {
    const value = text.replace(/^\+/, '').replace(/[\s-]/g, '');
    return MSISDN.test(value) ? { value } : { problem: 'is not an MSISDN (E.164: 8–15 digits with the country code, not starting with 0)' };
  }
  if (!ICCID.test(text)) return { problem: 'is not an ICCID (19 or 20 digits starting with 89)' };
  if (luhnCheckDigit(text.slice(0, -1)) !== Number(text.slice(-1))) return { problem: 'has a wrong ICCID check digit (Luhn)' };
  return { value: text };
}

/**
 * The numbers of a range `from`–`to` (inclusive, same length). An ICCID range runs over the digits
 * before the check digit, each number getting its own; an MSISDN range over the whole number.
 */
export function* numbersInRange(type: ResourceType, from: string, to: string): Generator<string> {
  const body = (value: string) => (type === 'iccid' ? value.slice(0, -1) : value);
  const width = body(from).length;
  for (let n = BigInt(body(from)); n <= BigInt(body(to)); n += 1n) {
    const digits = n.toString().padStart(width, '0');
    yield type === 'iccid' ? `${digits}${luhnCheckDigit(digits)}` : digits;
  }
}

/** How many numbers a range holds (0 when `to` is before `from`). */
export function rangeSize(type: ResourceType, from: string, to: string): bigint {
  const body = (value: string) => BigInt(type === 'iccid' ? value.slice(0, -1) : value);
  const size = body(to) - body(from) + 1n;
  return size > 0n ? size : 0n;
}
