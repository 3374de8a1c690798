import type { AuthProvider } from 'react-admin';
import { ApiError } from '../api/api-error';
import { credentialStore } from '../auth/credential-store';
import type { Session } from '../auth/session-context';
import { translateNow } from '../i18n/i18n-provider';

/**
 * react-admin's view of our session. Signing in happens on our own /login page, so react-admin
 * never calls `login`; it only checks that credentials are there and ends the session on a 401.
 */
export function createAuthProvider(signOut: Session['signOut']): AuthProvider {
  return {
    login: () => Promise.reject(new Error('Sign in on the /login page')),
    logout: async () => signOut(),
    checkAuth: async () => {
      if (!credentialStore.read()) throw new Error('Not signed in');
    },
    checkError: async (error: unknown) => {
      // 403 and the rest are shown where they happened; only rejected credentials end the session.
      if (error instanceof ApiError && error.status === 401) {
        signOut(
          translateNow('contactly.auth.credentials_refused', { _: 'Your credentials are no longer accepted — please sign in again' }),
        );
        throw { message: false };
      }
    },
  };
}
