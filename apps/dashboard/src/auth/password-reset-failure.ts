import { ApiError } from '../api/api-error';
import { translateNow as t } from '../i18n/i18n-provider';
import type { NewPasswordProblems } from './new-password';

/** Why setting the new password failed, in words, and what the page should offer next. */
export type ResetFailure =
  /** The link can no longer set a password (used, replaced by a newer one, expired, cut short): ask for a new one. */
  | { kind: 'link'; message: string }
  /** The server refused the password; the link still works for a better one. */
  | { kind: 'password'; message: string; fields: NewPasswordProblems }
  /** Anything else (the server unreachable, a 500): the form may be sent again as it is. */
  | { kind: 'other'; message: string };

/**
 * The server answers an unknown, used and expired token alike (`INVALID_RESET_TOKEN`), so that it
 * tells nobody which tokens exist; the page cannot say more than this either.
 */
export const LINK_NOT_USABLE_MESSAGE =
  'This reset link has already been used or has expired (or it was not copied whole). Ask for a new link.';

export const PASSWORD_REFUSED_MESSAGE = 'Choose another password — this link still works for a better one.';

const linkNotUsable = () => t('contactly.auth.link_not_usable', { _: LINK_NOT_USABLE_MESSAGE });
const passwordRefused = () => t('contactly.auth.password_refused', { _: PASSWORD_REFUSED_MESSAGE });

/** The password policy's problems (`details[].message` of `WEAK_PASSWORD`) in plain words. */
const POLICY_WORDS: { pattern: RegExp; words: (match: RegExpExecArray) => string }[] = [
  {
    pattern: /at least (\d+) characters/,
    words: (match) => t('contactly.auth.rule_min_length_fix', { n: match[1], _: 'Use at least %{n} characters' }),
  },
  {
    pattern: /not contain the username/,
    words: () => t('contactly.auth.rule_no_username_fix', { _: 'Use a password that does not contain your username' }),
  },
  {
    pattern: /too common/,
    words: () => t('contactly.auth.rule_too_common', { _: 'This password is too common — anyone guessing would try it early' }),
  },
];

export function passwordProblemInWords(message: string): string {
  for (const { pattern, words } of POLICY_WORDS) {
    const match = pattern.exec(message);
    if (match) return words(match);
  }
  return t('contactly.auth.new_password_problem', { problem: message, _: 'The new password %{problem}' });
}

/** What the reset page shows for a failed `POST /api/v1/auth/password-reset/confirm`. */
export function resetFailure(error: unknown): ResetFailure {
  if (!(error instanceof ApiError)) return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
  if (error.code === 'INVALID_RESET_TOKEN' || error.details.some((problem) => problem.field === 'token'))
    return { kind: 'link', message: linkNotUsable() };
  const passwordProblems = error.details.filter((problem) => problem.field === 'newPassword');
  if (error.code === 'WEAK_PASSWORD' || passwordProblems.length) {
    const words = passwordProblems.map((problem) => passwordProblemInWords(problem.message));
    return {
      kind: 'password',
      message: passwordRefused(),
      fields: {
        newPassword: words.length ? words.join('. ') : t('contactly.auth.password_not_accepted', { _: 'This password is not accepted' }),
      },
    };
  }
  return { kind: 'other', message: error.message };
}

/** What the forgot-password page shows for a failed `POST /api/v1/auth/password-reset`. */
export function resetRequestFailure(error: unknown): { message: string; email?: string } {
  if (error instanceof ApiError && error.details.some((problem) => problem.field === 'email')) {
    return {
      message: t('contactly.auth.check_email_address', { _: 'Check the email address.' }),
      email: t('contactly.auth.whole_email', { _: 'Enter a whole email address, such as maria@example.com' }),
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
