import { lazy, useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { hasPermission } from '../auth/principal';
import { useSession, useSignedInPrincipal } from '../auth/session-context';
import { appStore } from '../i18n/i18n-root';
import { i18nProvider } from '../i18n/i18n-provider';
import { AppLayout } from '../layout/app-layout';
import { consoleTheme } from '../layout/console-theme';
import { HomePage } from '../layout/home-page';
import { LazyPage } from '../layout/lazy-page';
import { CATALOG_DUMPS_PATH, CHANGE_PASSWORD_PATH } from '../layout/navigation';
import { catalogResources } from '../catalog/catalog-resources';
import { withCatalog } from '../catalog/catalog-data-provider';
import { withCommunications } from '../communications/communications-data-provider';
import { communicationsResources } from '../communications/communications-resources';
import { withSending } from '../communications/sending/sending-data-provider';
import { sendingResources } from '../communications/sending/sending-resources';
import { ChangePasswordPage } from './account/change-password-page';
import { AffiliateCreate } from './affiliates/affiliate-create';
import { AffiliateEdit } from './affiliates/affiliate-edit';
import { AffiliateList } from './affiliates/affiliate-list';
import { createAuthProvider } from './auth-provider';
import { dataProvider } from './data-provider';
import { RoleCreate } from './roles/role-create';
import { RoleEdit } from './roles/role-edit';
import { RoleList } from './roles/role-list';
import { UserCreate } from './users/user-create';
import { UserEdit } from './users/user-edit';
import { UserList } from './users/user-list';

// The CSR pages load when first opened, so the console chunk stays the size it was.
const CustomerSearchPage = lazy(() => import('../customers/search/customer-search-page').then((m) => ({ default: m.CustomerSearchPage })));
const CustomerCreatePage = lazy(() => import('../customers/create/customer-create-page').then((m) => ({ default: m.CustomerCreatePage })));
const CustomerPage = lazy(() => import('../customers/customer-page').then((m) => ({ default: m.CustomerPage })));
const SupportHubBoardPage = lazy(() => import('../support-hub/support-hub-board-page').then((m) => ({ default: m.SupportHubBoardPage })));
const AggregatedCasePage = lazy(() => import('../support-hub/aggregated-case-page').then((m) => ({ default: m.AggregatedCasePage })));
const GroupingRulesPage = lazy(() => import('../support-hub/grouping-rules-page').then((m) => ({ default: m.GroupingRulesPage })));
const RefreshRunsPage = lazy(() => import('../support-hub/refresh-runs-page').then((m) => ({ default: m.RefreshRunsPage })));
const RefreshRunPage = lazy(() => import('../support-hub/refresh-run-page').then((m) => ({ default: m.RefreshRunPage })));
const DumpsPage = lazy(() => import('../catalog/dumps-page').then((m) => ({ default: m.DumpsPage })));
const NumberPoolPage = lazy(() => import('../numbers/number-pool-page').then((m) => ({ default: m.NumberPoolPage })));
const NumberImportPage = lazy(() => import('../numbers/number-import-page').then((m) => ({ default: m.NumberImportPage })));
const ReservationsPage = lazy(() => import('../numbers/reservations-page').then((m) => ({ default: m.ReservationsPage })));
const DevMailboxPage = lazy(() => import('../dev-mailbox/dev-mailbox-page').then((m) => ({ default: m.DevMailboxPage })));

/**
 * The communications and sending resources follow their API's ids and shapes (see withCommunications, withSending);
 * the catalog's are TMF620 resources (withCatalog).
 */
const consoleDataProvider = withCatalog(withSending(withCommunications(dataProvider)));

/** Pages outside react-admin's resources, each with the permission that opens it. */
const CUSTOM_PAGES = [
  { path: '/customers', permission: 'customers:read', Page: CustomerSearchPage },
  { path: '/customers/create', permission: 'customers:write', Page: CustomerCreatePage },
  { path: '/customers/:id/:tab?', permission: 'customers:read', Page: CustomerPage },
  { path: '/support-hub', permission: 'support-hub:read', Page: SupportHubBoardPage },
  { path: '/support-hub/aggregated-cases/:id', permission: 'support-hub:read', Page: AggregatedCasePage },
  { path: '/support-hub/rules', permission: 'support-hub:read', Page: GroupingRulesPage },
  { path: '/support-hub/refresh-runs', permission: 'support-hub:read', Page: RefreshRunsPage },
  { path: '/support-hub/refresh-runs/:id', permission: 'support-hub:read', Page: RefreshRunPage },
  { path: '/dev/mailbox', permission: 'dev-mailbox:read', Page: DevMailboxPage },
  { path: CATALOG_DUMPS_PATH, permission: 'catalog:read', Page: DumpsPage },
  { path: '/numbers', permission: 'numbers:read', Page: NumberPoolPage },
  { path: '/numbers/import', permission: 'numbers:write', Page: NumberImportPage },
  { path: '/numbers/reservations', permission: 'numbers:read', Page: ReservationsPage },
];

/**
 * The admin console, loaded lazily after sign-in. Each resource exists only for principals that
 * may read it; its create and edit screens only for those that may also write it.
 */
export default function AdminApp() {
  const { signOut } = useSession();
  const principal = useSignedInPrincipal();
  const authProvider = useMemo(() => createAuthProvider(signOut), [signOut]);
  const can = (permission: string) => hasPermission(principal, permission);
  const writable = <T,>(permission: string, screen: T) => (can(permission) ? screen : undefined);

  return (
    <Admin
      title="Contactly"
      dataProvider={consoleDataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={appStore}
      loginPage={false}
      layout={AppLayout}
      theme={consoleTheme}
      dashboard={HomePage}
      disableTelemetry
    >
      {can('users:read') && (
        <Resource
          name="users"
          list={UserList}
          create={writable('users:write', UserCreate)}
          edit={writable('users:write', UserEdit)}
          recordRepresentation="username"
        />
      )}
      {can('roles:read') && (
        <Resource
          name="roles"
          list={RoleList}
          create={writable('roles:write', RoleCreate)}
          edit={writable('roles:write', RoleEdit)}
          recordRepresentation="name"
        />
      )}
      {can('affiliates:read') && (
        <Resource
          name="affiliates"
          list={AffiliateList}
          create={writable('affiliates:write', AffiliateCreate)}
          edit={writable('affiliates:write', AffiliateEdit)}
          recordRepresentation="name"
        />
      )}
      {sendingResources(can)}
      {communicationsResources(can)}
      {catalogResources(can)}
      <CustomRoutes>
        <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
        {CUSTOM_PAGES.filter(({ permission }) => can(permission)).map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <LazyPage>
                <Page />
              </LazyPage>
            }
          />
        ))}
      </CustomRoutes>
    </Admin>
  );
}
