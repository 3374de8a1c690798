import { expect } from '@playwright/test';
import { customerPath, NEW_CUSTOMER_PATH } from '../src/customers/customer-paths';
import { CUSTOMER_TABS } from '../src/customers/tabs/registry';
import { CATALOG_DUMPS_PATH, CHANGE_PASSWORD_PATH, NAV_ENTRIES } from '../src/layout/navigation';
import type { ConsoleRecords } from './console-seed';

/** Menu entries that are pages of their own, not react-admin resources with create and edit screens. */
const CUSTOM_SECTIONS = new Set([
  '/customers',
  '/support-hub',
  '/support-hub/rules',
  '/support-hub/refresh-runs',
  '/dev/mailbox',
  '/communications/create',
  CATALOG_DUMPS_PATH,
  '/numbers',
  '/numbers/import',
  '/numbers/reservations',
]);
/** Resources with a show screen instead of an edit screen. */
const SHOW_SECTIONS = new Set(['/communications', '/mailings']);

export interface ConsoleRoute {
  name: string;
  path: (records: ConsoleRecords) => string;
}

/**
 * Every page of the console: the menu's sections, then the pages reached from them (the customer
 * 360 page at each tab, the create and edit screen of each resource, the show screens).
 */
export function consoleRoutes(): ConsoleRoute[] {
  const routes: ConsoleRoute[] = [
    { name: 'home', path: () => '/' },
    { name: 'change password', path: () => CHANGE_PASSWORD_PATH },
    ...NAV_ENTRIES.map(({ to }) => ({ name: to, path: () => to })),
    { name: 'new customer', path: () => NEW_CUSTOMER_PATH },
    ...CUSTOMER_TABS.map((tab) => ({ name: `customer 360 · ${tab.id}`, path: (r: ConsoleRecords) => customerPath(r.customerId, tab.id) })),
    { name: 'aggregated case', path: (r) => `/support-hub/aggregated-cases/${r.aggregatedCaseId}` },
    { name: 'refresh run', path: (r) => `/support-hub/refresh-runs/${r.refreshRunId}` },
    { name: 'communication', path: (r) => `/communications/${r.communicationId}/show` },
    { name: 'mailing', path: (r) => `/mailings/${r.mailingId}/show` },
    // The catalog's read-only screens (what readers without catalog:write see).
    { name: 'offering (show)', path: (r) => `/productOffering/${r.edit.productOffering}/show` },
    { name: 'price (show)', path: (r) => `/productOfferingPrice/${r.edit.productOfferingPrice}/show` },
  ];
  for (const { to } of NAV_ENTRIES) {
    if (CUSTOM_SECTIONS.has(to) || SHOW_SECTIONS.has(to)) continue;
    const resource = to.slice(1);
    routes.push({ name: `${to}/create`, path: () => `${to}/create` });
    routes.push({
      name: `${to}/:id`,
      path: (r) => {
        // A new menu section needs a record seeded for its edit screen (console-seed.ts).
        expect(r.edit[resource], `a ${resource} record is seeded`).toBeTruthy();
        return `${to}/${r.edit[resource]}`;
      },
    });
  }
  return routes;
}
