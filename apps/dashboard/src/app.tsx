import { lazy, Suspense } from 'react';
import { useTranslate } from 'ra-core';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { CataloguesLoaded } from './i18n/catalogues-loaded';
import { LoginPage } from './auth/login-page';
import { RequireSession } from './auth/require-session';
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH } from './auth/reset-link';
import { ResetPasswordPage } from './auth/reset-password-page';
import { LoadErrorBoundary } from './layout/load-error-boundary';
import { Splash } from './layout/splash';

// The admin console (react-admin, MUI) is loaded only once someone has signed in.
const AdminApp = lazy(() => import('./admin/admin-app'));

/** Client routes; none may start with a server path (/api, /tmf-api, /swagger-ui, /openapi.json, /health, /metrics). */
export function App() {
  const translate = useTranslate();
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Signed out: forgot password, and the page the reset email links to. */}
      <Route path={FORGOT_PASSWORD_PATH} element={<ForgotPasswordPage />} />
      <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage />} />
      <Route
        path="/*"
        element={
          <RequireSession>
            <LoadErrorBoundary>
              <Suspense fallback={<Splash>{translate('contactly.common.loading_console', { _: 'Loading the console…' })}</Splash>}>
                <CataloguesLoaded>
                  <AdminApp />
                </CataloguesLoaded>
              </Suspense>
            </LoadErrorBoundary>
          </RequireSession>
        }
      />
    </Routes>
  );
}
