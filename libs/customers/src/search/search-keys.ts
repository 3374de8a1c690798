/** Lower case, accents removed (é → e, й stays й), for matching what agents type. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u0302\u0304-\u0305\u0307-\u036f]/g, '') // keep the breve and diaeresis of й and ё
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .trim();
}

export const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Marks the key of a phone's digits read backwards (`#321009007744` for +447700900123): a search
 * by the last digits of a number (`0123`) is then a prefix search, one range scan of the key index
 * like every other. Queries never start a word with it (CustomerSearchRepository drops it).
 */
export const REVERSED_PHONE_MARK = '#';

export const reversedPhoneKey = (digits: string) => `${REVERSED_PHONE_MARK}${[...digits].reverse().join('')}`;

export interface SearchKey {
  key: string;
  kind: 'name' | 'email' | 'phone';
}

/**
 * The tokens a party is found by: each name word, the whole name, email and its local part, phone
 * digits (all of them, the last 10, and all of them backwards for searches by the last digits).
 */
export function searchKeysOf(party: {
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  tradingName: string | null;
  legalName: string | null;
  fullName: string;
  email: string | null;
  phone: string | null;
}): SearchKey[] {
  const keys = new Map<string, SearchKey['kind']>();
  const add = (key: string, kind: SearchKey['kind']) => {
    const trimmed = key.slice(0, 254);
    if (trimmed.length >= 1 && !keys.has(trimmed)) keys.set(trimmed, kind);
  };
  for (const name of [party.givenName, party.middleName, party.familyName, party.tradingName, party.legalName, party.fullName]) {
    if (!name) continue;
    const normalized = normalizeText(name);
    add(normalized, 'name');
    for (const word of normalized.split(/[\s,.'’"-]+/)) add(word, 'name');
  }
  if (party.email) {
    const email = normalizeText(party.email);
    add(email, 'email');
    add(email.split('@')[0], 'email');
  }
  if (party.phone) {
    const digits = digitsOf(party.phone);
    add(digits, 'phone');
    if (digits.length > 10) add(digits.slice(-10), 'phone');
    add(reversedPhoneKey(digits), 'phone');
  }
  return [...keys].map(([key, kind]) => ({ key, kind }));
}
