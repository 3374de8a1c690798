import { useMemo } from 'react';
import { Admin, CustomRoutes, useTranslate } from 'react-admin';
import { Navigate, Route, useParams } from 'react-router';
import { createAuthProvider } from '../admin/auth-provider';
import { ChangePasswordPage } from '../admin/account/change-password-page';
import { dataProvider } from '../admin/data-provider';
import { useSession, useSignedInPrincipal } from '../auth/session-context';
import { CHANGE_PASSWORD_PATH } from '../layout/navigation';
import { LazyPage } from '../layout/lazy-page';
import { appStore } from '../i18n/i18n-root';
import { i18nProvider } from '../i18n/i18n-provider';
import { PortalHome } from './portal-home';
import { PortalLayout } from './portal-layout';
import { PortalNotFound } from './portal-not-found';
import { PortalPage } from './portal-page';
import { PORTAL_SECTIONS } from './portal-sections';

/** The console's customer address: one's own opens one's details; anyone else's is not found. */
function CustomerAddress() {
  const { id } = useParams();
  const principal = useSignedInPrincipal();
  return principal.customerId !== undefined && id === String(principal.customerId) ? (
    <Navigate to="/profile" replace />
  ) : (
    <PortalNotFound />
  );
}

/** The console's change-password form under a portal heading (the portal's bar has no title slot). */
function PortalChangePassword() {
  const translate = useTranslate();
  return (
    <PortalPage title={translate('contactly.portal.changePassword.title', { _: 'Change my password' })}>
      <ChangePasswordPage />
    </PortalPage>
  );
}

/**
 * The subscriber portal: the same SPA as the console, its own layout and sections (see
 * PORTAL_SECTIONS), for the `customer` principal. Loaded lazily after sign-in.
 */
export default function PortalApp() {
  const { signOut } = useSession();
  const authProvider = useMemo(() => createAuthProvider(signOut), [signOut]);
  return (
    <Admin
      title="Contactly"
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={false}
      i18nProvider={i18nProvider}
      store={appStore}
      layout={PortalLayout}
      dashboard={PortalHome}
      catchAll={PortalNotFound}
      disableTelemetry
    >
      <CustomRoutes>
        {PORTAL_SECTIONS.flatMap(({ path, routes = [], Page }) =>
          [path, ...routes].map((route) => (
            <Route
              key={route}
              path={route}
              element={
                <LazyPage>
                  <Page />
                </LazyPage>
              }
            />
          )),
        )}
        <Route path="/customers/:id/*" element={<CustomerAddress />} />
        <Route path={CHANGE_PASSWORD_PATH} element={<PortalChangePassword />} />
      </CustomRoutes>
    </Admin>
  );
}
