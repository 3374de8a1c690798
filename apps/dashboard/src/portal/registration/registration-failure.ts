import { ApiError } from '../../api/api-error';
import type { RegistrationError } from './register-api';

/** A message for the page: a catalogue key, its English words and the values they name. */
export interface Words {
  key: string;
  _: string;
  values?: Record<string, string | number>;
}

/** What a failed step means for the person, and what the page offers next. */
export interface RegistrationFailure {
  words: Words;
  /** `code`: enter the code again; `resend`: ask for a new code; `restart`: register again; `signIn`: the account exists. */
  next: 'retry' | 'code' | 'resend' | 'restart' | 'signIn';
  /** The form field it concerns (by the API's field name), when it concerns one. */
  field?: string;
}

const words = (key: string, english: string, values?: Words['values']): Words => ({
  key: `contactly.portal.register.${key}`,
  _: english,
  values,
});

/**
 * Registration failures in words, by the server's stable codes (never its API paths): an expired
 * code says so and offers a new one; a void or expired registration says to start again.
 */
export function registrationFailure(error: unknown): RegistrationFailure {
  if (!(error instanceof ApiError))
    return { words: words('errors.unreachable', 'The server cannot be reached — check the connection and try again'), next: 'retry' };
  const { attemptsLeft } = error as RegistrationError;
  switch (error.code) {
    case 'CODE_EXPIRED':
      return {
        words: words('errors.codeExpired', 'This code has expired. Ask for a new code and enter it within 10 minutes.'),
        next: 'resend',
        field: 'code',
      };
    case 'INVALID_CODE':
      return {
        words: words('errors.wrongCode', 'The code is wrong. %{smart_count} try left |||| The code is wrong. %{smart_count} tries left', {
          smart_count: attemptsLeft ?? 0,
        }),
        next: 'code',
        field: 'code',
      };
    case 'REGISTRATION_VOID':
      return {
        words: words('errors.void', 'Too many wrong codes: this registration can no longer be completed. Register again.'),
        next: 'restart',
      };
    case 'REGISTRATION_EXPIRED':
    case 'REGISTRATION_NOT_FOUND':
      return { words: words('errors.registrationExpired', 'This registration has expired. Register again.'), next: 'restart' };
    case 'REGISTRATION_ALREADY_VERIFIED':
      return {
        words: words('errors.alreadyVerified', 'This registration is already complete — sign in with your email and password.'),
        next: 'signIn',
      };
    case 'EMAIL_ALREADY_REGISTERED':
      return {
        words: words('errors.emailTaken', 'This email is already registered — sign in, or reset the password.'),
        next: 'retry',
        field: 'email',
      };
    case 'RESEND_TOO_SOON':
      return {
        words: words('errors.resendTooSoon', 'A code was sent less than a minute ago. Ask again in %{seconds} seconds.', {
          seconds: error.retryAfterSeconds ?? 60,
        }),
        next: 'code',
      };
    case 'RESEND_LIMIT_REACHED':
    case 'TOO_MANY_REGISTRATIONS':
      return { words: words('errors.tooMany', 'Too many codes were asked for. Try again later.'), next: 'retry' };
    case 'WEAK_PASSWORD':
      return {
        words: words('errors.weakPassword', 'Choose a stronger password: at least 10 characters, not your email, not a common one.'),
        next: 'retry',
        field: 'password',
      };
  }
  const field = error.details[0]?.field;
  if (error.status === 400 && field) return { words: fieldProblem(field), next: 'retry', field };
  return { words: words('errors.other', 'The registration did not go through. Try again.'), next: 'retry' };
}

/** A refused field, named in words. */
function fieldProblem(field: string): Words {
  switch (field) {
    case 'email':
      return words('errors.email', 'Enter a valid email address');
    case 'phone':
      return words('errors.phone', 'Enter the phone number in international format, e.g. +44 7700 900123');
    case 'password':
      return words('errors.weakPassword', 'Choose a stronger password: at least 10 characters, not your email, not a common one.');
    case 'code':
      return words('errors.codeFormat', 'The code is the 6 digits from the message');
    default:
      return words('errors.name', 'Check your name: it is required and must not be too long');
  }
}
