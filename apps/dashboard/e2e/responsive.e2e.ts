import { existsSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { consoleRoutes } from './console-routes';
import { ADMIN_AUTHORIZATION, seedConsole, type ConsoleRecords } from './console-seed';
import { expectAppBarActionsReachable, measureFit, settle } from './page-fit';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/**
 * TEMPORARY: pages that still scroll sideways because their files belong to a colleague's branch of
 * issue 13 (translations of these pages). Remove an entry once its page fits; each names who owns it.
 * Keys are `<route name> @ <viewport>`.
 */
const EXPECTED_TO_OVERFLOW_UNTIL_MERGE: Readonly<Record<string, string>> = {};

let records: ConsoleRecords;
/** One signed-in tab per window size, kept across the tests of a worker: the console loads once, then each route opens in it. */
const tabs = new Map<string, Page>();

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(120_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  records = await seedConsole(request);
  await request.dispose();
});

test.afterAll(async () => {
  for (const tab of tabs.values()) await tab.close();
  tabs.clear();
});

/**
 * Opens the route as a person would follow a link (the router, not a reload); the first route of
 * a window size loads the console, signed in as the administrator, who sees every page.
 */
async function openRoute(browser: Browser, baseURL: string | undefined, viewport: (typeof VIEWPORTS)[number], path: string): Promise<Page> {
  let tab = tabs.get(viewport.name);
  if (!tab) {
    tab = await browser.newPage({ baseURL, viewport: { width: viewport.width, height: viewport.height } });
    await tab.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
    tabs.set(viewport.name, tab);
    await tab.goto(path);
  } else {
    await tab.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
  await expect(tab).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  return tab;
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    for (const route of consoleRoutes()) {
      const key = `${route.name} @ ${viewport.name}`;
      test(`${route.name} fits the window and keeps the app bar's actions reachable`, async ({ browser }, testInfo) => {
        const owner = EXPECTED_TO_OVERFLOW_UNTIL_MERGE[key];
        test.fail(owner !== undefined, `expected to overflow until ${owner}'s branch is merged`);
        const page = await openRoute(browser, testInfo.project.use.baseURL, viewport, route.path(records));
        await expect(page.getByTestId('signed-in-user').or(page.getByTestId('app-bar-more')).first()).toBeAttached();
        await settle(page);
        // The page itself is there (not a blank screen, not react-admin's "not found").
        await expect(page.locator('#main-content')).toContainText(/\S/);
        await expect(page.getByText('Either you typed a wrong URL, or you followed a bad link.')).toHaveCount(0);

        const fit = await measureFit(page);
        expect(
          fit.scrollWidth,
          `the page is ${fit.scrollWidth} px wide in a ${fit.innerWidth} px window: ${fit.culprits.join('; ')}`,
        ).toBeLessThanOrEqual(fit.innerWidth);
        await expectAppBarActionsReachable(page);
      });
    }
  });
}
