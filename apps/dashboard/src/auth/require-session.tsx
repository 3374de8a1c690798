import type { ReactNode } from 'react';
import { useTranslate } from 'ra-core';
import { Navigate, useLocation } from 'react-router';
import { Splash } from '../layout/splash';
import { useSession } from './session-context';

export interface LoginLocationState {
  /** Where to go after signing in: the page a signed-out visitor asked for. */
  from?: string;
}

/** Renders its children for a signed-in user; sends anyone else to /login. */
export function RequireSession({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'restoring') return <Splash>{translate('contactly.auth.signing_in', { _: 'Signing you in…' })}</Splash>;
  if (state.status === 'signed-in') return children;
  // After a sign-out the next user starts at the home page, not at the previous user's page.
  const loginState: LoginLocationState | undefined =
    state.status === 'anonymous' ? { from: `${location.pathname}${location.search}` } : undefined;
  return <Navigate to="/login" replace state={loginState} />;
}
