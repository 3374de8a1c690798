import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/login-page';
import { RequireSession } from './auth/require-session';
import { LoadErrorBoundary } from './layout/load-error-boundary';
import { Splash } from './layout/splash';

// The admin console (react-admin, MUI) is loaded only once someone has signed in.
const AdminApp = lazy(() => import('./admin/admin-app'));

/** Client routes; none may start with a server path (/api, /tmf-api, /swagger-ui, /openapi.json, /health, /metrics). */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/*"
        element={
          <RequireSession>
            <LoadErrorBoundary>
              <Suspense fallback={<Splash>Loading the console…</Splash>}>
                <AdminApp />
              </Suspense>
            </LoadErrorBoundary>
          </RequireSession>
        }
      />
    </Routes>
  );
}
