import { ApiError } from '../api/api-error';
import { translateNow as t } from '../i18n/i18n-provider';

/** The sentence the login form shows for a failed sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 401) return t('contactly.auth.wrong_credentials', { _: 'Wrong username or password' });
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return wait === undefined
      ? t('contactly.auth.too_many_attempts', { _: 'Too many failed attempts — try again later' })
      : t('contactly.auth.too_many_attempts_wait', {
          smart_count: wait,
          _: 'Too many failed attempts — try again in %{smart_count} second |||| Too many failed attempts — try again in %{smart_count} seconds',
        });
  }
  return error.message;
}
