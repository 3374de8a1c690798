import { type FieldProblem, invalid } from '@contactly/platform';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { IDENTITY_ERRORS } from '../identity-errors.js';

export const MIN_PASSWORD_LENGTH = 10;

/** At least 10 characters, not the username, not a common password. Throws a 400 naming the rule. */
export function assertAcceptablePassword(password: string, username: string, field = 'password'): void {
  const problems: FieldProblem[] = [];
  const normalized = password.toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push({ field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` });
  if (normalized.includes(username.toLowerCase()) && username.length >= 3)
    problems.push({ field, message: 'must not contain the username' });
  if (COMMON_PASSWORDS.has(normalized) || /^(.)\1+$/u.test(password)) problems.push({ field, message: 'is too common; choose another' });
  if (problems.length)
    throw invalid(IDENTITY_ERRORS.WEAK_PASSWORD, `The password is not acceptable: ${problems.map((p) => p.message).join('; ')}`, problems);
}
