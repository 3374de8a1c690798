import { api, unwrap } from '../api/client';

/**
 * Asks for a reset link for an address. The server answers 202 alike whether or not an account
 * uses it, and sends the link afterwards, so the answer says nothing about the account.
 */
export const requestPasswordReset = (email: string) => unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } }));

/** Sets the new password with the token of a reset link (204); the token never works again. */
export const confirmPasswordReset = (token: string, newPassword: string) =>
  unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } }));
