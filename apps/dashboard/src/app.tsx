import { lazy, Suspense } from 'react';
import { useTranslate } from 'ra-core';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { CataloguesLoaded } from './i18n/catalogues-loaded';
import { LoginPage } from './auth/login-page';
import { RequireSession } from './auth/require-session';
import { useSignedInPrincipal } from './auth/session-context';
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH } from './auth/reset-link';
import { ResetPasswordPage } from './auth/reset-password-page';
import { LoadErrorBoundary } from './layout/load-error-boundary';
import { Splash } from './layout/splash';

// The admin console (react-admin, MUI) is loaded only once someone has signed in.
const AdminApp = lazy(() => import('./admin/admin-app'));
// A subscriber gets the portal instead: its own layout and sections, the same SPA.
const PortalApp = lazy(() => import('./portal/portal-app'));
const RegisterPage = lazy(() => import('./portal/registration/register-page').then((m) => ({ default: m.RegisterPage })));

/** The console for staff and partners, the portal for a subscriber. */
function SignedInApp() {
  return useSignedInPrincipal().kind === 'customer' ? <PortalApp /> : <AdminApp />;
}

/** Client routes; none may start with a server path (/api, /tmf-api, /swagger-ui, /openapi.json, /health, /metrics). */
export function App() {
  const translate = useTranslate();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Signed out: forgot password, and the page the reset email links to. */}
      <Route path={FORGOT_PASSWORD_PATH} element={<ForgotPasswordPage />} />
      <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage />} />
      {/* Signed out: a subscriber registers with a one-time code (the code's message links here). */}
      <Route
        path="/register"
        element={
          <Suspense fallback={<Splash>{translate('contactly.common.loading', { _: 'Loading…' })}</Splash>}>
            <CataloguesLoaded>
              <RegisterPage />
            </CataloguesLoaded>
          </Suspense>
        }
      />
      <Route
        path="/*"
        element={
          <RequireSession>
            <LoadErrorBoundary>
              <Suspense fallback={<Splash>{translate('contactly.common.loading', { _: 'Loading…' })}</Splash>}>
                <CataloguesLoaded>
                  <SignedInApp />
                </CataloguesLoaded>
              </Suspense>
            </LoadErrorBoundary>
          </RequireSession>
        }
      />
    </Routes>
  );
}
