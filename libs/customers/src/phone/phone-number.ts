import { AsYouType, type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Ofcom keeps 07700 900000–900999 for drama and documentation: libphonenumber calls them invalid
 * (no real phone answers), but they are the examples everybody types (`07700 900123`), ours included.
 * They are accepted as the valid UK mobiles they look like. The dashboard's phone input says the same.
 */
const FICTIONAL = /^\+447700900\d{3}$/;

export type PhoneParse = { ok: true; e164: string } | { ok: false; reason: 'not-a-number' | 'invalid-for-region'; region: string | null };

/**
 * The E.164 form (`+447700900123`) of a phone number as people write it: international
 * (`+44 7700 900123`, `0044 7700 900123`) or in the national format of `region` (`07700 900123`).
 * A number that is not a valid one of its country is refused, whatever its format.
 */
export function parsePhone(raw: string, region: CountryCode): PhoneParse {
  const text = raw.trim();
  if (!/\d/.test(text) || /[^\d\s().+\-/]/.test(text)) return { ok: false, reason: 'not-a-number', region: null };
  const number = parsePhoneNumberFromString(text.replace(/^00(?=[1-9])/, '+'), region);
  if (!number) return { ok: false, reason: 'not-a-number', region: null };
  if (number.isValid() || FICTIONAL.test(number.number)) return { ok: true, e164: number.number };
  return { ok: false, reason: 'invalid-for-region', region: number.country ?? (text.startsWith('+') ? null : region) };
}

/** A region code libphonenumber knows (`GB`, `RU`), for the DEFAULT_PHONE_REGION setting. */
export const isPhoneRegion = (code: string): code is CountryCode => isSupportedCountry(code);

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** What is wrong with a refused number, in words, e.g. "is not a valid phone number in the United Kingdom". */
export function phoneProblem(parse: Extract<PhoneParse, { ok: false }>): string {
  if (parse.reason === 'not-a-number' || !parse.region)
    return 'is not a phone number; write it with its country code, e.g. +44 7700 900123';
  return `is not a valid phone number in ${REGION_NAMES.of(parse.region) ?? parse.region}; check the digits or add the country code`;
}

/** Fewer digits than this are the end of a number (`0123`), never the start of one in national format. */
const NATIONAL_START_MIN_DIGITS = 7;

/**
 * The digit strings a phone search looks for, written as the phone search keys are (E.164
 * without the plus): what was typed, and — when it reads as the start of a number of the region,
 * even half typed (`07700 900`, `0044 7700`) — its international digits (`447700900`).
 */
export function phoneSearchDigits(query: string, region: CountryCode): string[] {
  const text = query.trim();
  const digits = text.replace(/\D/g, '');
  const forms = new Set([digits]);
  if (!text.startsWith('+') && digits.length >= NATIONAL_START_MIN_DIGITS) {
    const typed = new AsYouType(region);
    typed.input(text.replace(/^00(?=[1-9])/, '+'));
    // `+447700900` for `07700 900`: the country code of the region, the trunk prefix dropped.
    const international = typed.getNumberValue();
    if (international) forms.add(international.replace(/\D/g, ''));
  }
  return [...forms].filter(Boolean);
}
