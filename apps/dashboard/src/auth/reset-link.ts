/**
 * The reset email links to `/reset-password#token=…`. The token rides in the fragment, which the
 * browser never sends to a server (no access log, no Referer); the page takes it from there once.
 */
export const RESET_PASSWORD_PATH = '/reset-password';
export const FORGOT_PASSWORD_PATH = '/forgot-password';

/** The token of a reset link's fragment (`#token=…`, other fragment parameters allowed), or null. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}

/**
 * The fragment with the token taken out, so the address bar and the history entry no longer carry
 * it ('' when nothing else was there).
 */
export function fragmentWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('token');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}
