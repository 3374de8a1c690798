import { ApiError } from '../api/api-error';

/** The sentence the login form shows for a failed sign-in. */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 401) return 'Wrong username or password';
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return wait === undefined
      ? 'Too many failed attempts — try again later'
      : `Too many failed attempts — try again in ${wait} ${wait === 1 ? 'second' : 'seconds'}`;
  }
  return error.message;
}
