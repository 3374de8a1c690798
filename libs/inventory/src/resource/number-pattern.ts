import { invalid, PLATFORM_ERRORS } from '@contactly/platform';

const PATTERN = /^[0-9*?]{1,24}$/;

/**
 * A digit pattern (`*777*`, `4915?12*`) as a LIKE expression: `*` any digits, `?` one digit. Only
 * digits and the two wildcards are allowed, so the result needs no escaping. 400 naming the field.
 */
export function likeOfPattern(pattern: string, field = 'pattern'): string {
  if (!PATTERN.test(pattern))
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, `${field} must be digits with * (any digits) and ? (one digit)`, [
      { field, message: 'must be 1–24 digits, * or ?' },
    ]);
  return pattern.replace(/\*+/g, '%').replace(/\?/g, '_');
}
