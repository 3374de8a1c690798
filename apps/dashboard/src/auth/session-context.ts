import { createContext, useContext } from 'react';
import type { Principal } from './principal';

export type SessionState =
  /** Stored credentials are being checked again after a reload. */
  | { status: 'restoring' }
  /** Nobody has signed in in this tab. */
  | { status: 'anonymous' }
  | { status: 'signed-in'; principal: Principal }
  /** Signed out, or the stored credentials stopped working; `notice` tells the user why. */
  | { status: 'ended'; notice?: string };

export interface Session {
  state: SessionState;
  /** Resolves with the principal, or rejects with the server's ApiError (401, 429, …). */
  signIn(username: string, password: string): Promise<Principal>;
  signOut(notice?: string): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}

/** The principal, for screens that are only reachable signed in. */
export function useSignedInPrincipal(): Principal {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('This screen needs a signed-in user');
  return state.principal;
}
