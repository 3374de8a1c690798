import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import { basicAuthorization } from '../api/basic-auth';
import { translateNow as t } from '../i18n/i18n-provider';
import { authenticate } from './authenticate';
import { credentialStore } from './credential-store';
import { SessionContext, type Session, type SessionState } from './session-context';

const restoreFailureNotice = (error: unknown) =>
  error instanceof ApiError && error.status === 401
    ? t('contactly.auth.saved_sign_in_refused', { _: 'Your saved sign-in is no longer accepted — please sign in again' })
    : t('contactly.auth.restore_failed', {
        reason: error instanceof Error ? error.message : String(error),
        _: 'Could not restore your sign-in: %{reason}',
      });

/** Holds who is signed in: credentials in sessionStorage, the principal in memory only. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => (credentialStore.read() ? { status: 'restoring' } : { status: 'anonymous' }));

  useEffect(() => {
    const stored = credentialStore.read();
    if (!stored) return;
    const abort = new AbortController();
    authenticate(stored, abort.signal).then(
      (principal) => setState({ status: 'signed-in', principal }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        credentialStore.clear();
        setState({ status: 'ended', notice: restoreFailureNotice(error) });
      },
    );
    return () => abort.abort();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const authorization = basicAuthorization(username, password);
    const principal = await authenticate(authorization);
    credentialStore.save(authorization);
    setState({ status: 'signed-in', principal });
    return principal;
  }, []);

  const signOut = useCallback((notice?: string) => {
    credentialStore.clear();
    // A later plain sign-out (react-admin logs out after its own checks) keeps the reason already given.
    setState((current) => ({ status: 'ended', notice: notice ?? (current.status === 'ended' ? current.notice : undefined) }));
  }, []);

  const session = useMemo<Session>(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
