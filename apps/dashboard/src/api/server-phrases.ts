import type { Translate } from './field-errors';

/**
 * The server words its field problems in English (`must be an email address`); the common ones are
 * said in the user's language (`contactly.server.<key>`), anything else stays as the server wrote it.
 */
const PHRASES: { pattern: RegExp; key: string; args?: (match: RegExpExecArray) => Record<string, string> }[] = [
  { pattern: /^is required$/, key: 'required' },
  { pattern: /^(?:should not be (?:null or undefined|empty)|must not be empty)$/, key: 'not_empty' },
  { pattern: /^is not a known attribute$/, key: 'unknown_attribute' },
  { pattern: /^must be an email address$/, key: 'email' },
  { pattern: /^must be an ISO 8601 date-time$/, key: 'date_time' },
  { pattern: /^must not contain control characters$/, key: 'control_characters' },
  { pattern: /^must be one of (.+)$/, key: 'one_of', args: (m) => ({ values: m[1] }) },
  { pattern: /^must be a string$/, key: 'string' },
  { pattern: /^must be a boolean value$/, key: 'boolean' },
  { pattern: /^must be an integer number$/, key: 'integer' },
  { pattern: /^must be (?:longer than or equal to|at least) (\d+) characters?$/, key: 'min_length', args: (m) => ({ n: m[1] }) },
  { pattern: /^must be (?:shorter than or equal to|at most) (\d+) characters?$/, key: 'max_length', args: (m) => ({ n: m[1] }) },
  { pattern: /^must not be less than (\S+)$/, key: 'min', args: (m) => ({ n: m[1] }) },
  { pattern: /^must not be greater than (\S+)$/, key: 'max', args: (m) => ({ n: m[1] }) },
  { pattern: /^does not exist$/, key: 'not_found' },
  { pattern: /^must not be in the future$/, key: 'not_future' },
  // The number pool's (a port-in, a reservation, each refused line of an import).
  { pattern: /^is not an MSISDN \(.*\)$/, key: 'msisdn' },
  { pattern: /^is not an ICCID \(.*\)$/, key: 'iccid' },
  { pattern: /^has a wrong ICCID check digit \(Luhn\)$/, key: 'iccid_check' },
  { pattern: /^has more than 3 columns \(.*\)$/, key: 'csv_columns' },
  { pattern: /^has a donor operator over (\d+) characters$/, key: 'donor_too_long', args: (m) => ({ n: m[1] }) },
  { pattern: /^has a porting state not one of (.+)$/, key: 'porting_state', args: (m) => ({ values: m[1] }) },
  { pattern: /^must hold a number$/, key: 'no_number' },
  { pattern: /^must have as many digits as from and not be before it$/, key: 'range_end' },
];

/** A refused import line quotes its cell first (`"0123" is not an MSISDN (…)`): the cell stays, the rest is said. */
const QUOTED_CELL = /^("[^"]{0,40}") (.+)$/;

/** A field problem's message in the user's language where it is a common one. */
export function serverPhrase(message: string, translate: Translate): string {
  const quoted = QUOTED_CELL.exec(message);
  if (quoted) return `${quoted[1]} ${serverPhrase(quoted[2], translate)}`;
  for (const { pattern, key, args } of PHRASES) {
    const match = pattern.exec(message);
    if (match) return translate(`contactly.server.${key}`, { ...args?.(match), _: message });
  }
  return message;
}
