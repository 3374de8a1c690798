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
];

/** A field problem's message in the user's language where it is a common one. */
export function serverPhrase(message: string, translate: Translate): string {
  for (const { pattern, key, args } of PHRASES) {
    const match = pattern.exec(message);
    if (match) return translate(`contactly.server.${key}`, { ...args?.(match), _: message });
  }
  return message;
}
