import { translateNow as t } from '../i18n/i18n-provider';

/**
 * The password policy of the server (libs/identity, password-policy.ts): at least 10 characters, not
 * containing the username, not a common password. Only the length can be checked here (the reset
 * page does not know the username, and the list of common passwords stays on the server); the
 * server's verdict on the rest comes back as field problems, put into words by `resetFailure`.
 */
export const MIN_PASSWORD_LENGTH = 10;

export interface PasswordRule {
  text: string;
  /** Whether the typed password meets it; null where only the server can tell. */
  met: boolean | null;
}

/** Length in characters as a person counts them (an emoji is one), as the server counts. */
const lengthOf = (password: string) => [...password].length;

/** The rules shown beside the new password, with what can be told while typing. */
export function passwordRules(password: string): PasswordRule[] {
  return [
    {
      text: t('contactly.auth.rule_min_length', { n: MIN_PASSWORD_LENGTH, _: 'At least %{n} characters' }),
      met: lengthOf(password) >= MIN_PASSWORD_LENGTH,
    },
    { text: t('contactly.auth.rule_no_username', { _: 'Does not contain your username' }), met: null },
    { text: t('contactly.auth.rule_not_common', { _: 'Not a common password such as “password123”' }), met: null },
  ];
}

export interface NewPasswordInput {
  newPassword: string;
  repeat: string;
}

export type NewPasswordProblems = Partial<Record<keyof NewPasswordInput, string>>;

/** What to fix before the form is sent; empty when it may go to the server. */
export function newPasswordProblems({ newPassword, repeat }: NewPasswordInput): NewPasswordProblems {
  const problems: NewPasswordProblems = {};
  if (lengthOf(newPassword) < MIN_PASSWORD_LENGTH)
    problems.newPassword = t('contactly.auth.rule_min_length_fix', { n: MIN_PASSWORD_LENGTH, _: 'Use at least %{n} characters' });
  if (repeat !== newPassword) problems.repeat = t('contactly.auth.passwords_differ', { _: 'The two passwords are not the same' });
  return problems;
}
