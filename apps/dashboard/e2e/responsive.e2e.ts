import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
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

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(120_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  records = await seedConsole(request);
  await request.dispose();
});

test.beforeEach(async ({ page }) => {
  // Signed in as the administrator, who sees every page (the session is kept in sessionStorage).
  await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
});

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const route of consoleRoutes()) {
      const key = `${route.name} @ ${viewport.name}`;
      test(`${route.name} fits the window and keeps the app bar's actions reachable`, async ({ page }) => {
        const owner = EXPECTED_TO_OVERFLOW_UNTIL_MERGE[key];
        test.fail(owner !== undefined, `expected to overflow until ${owner}'s branch is merged`);
        await page.goto(route.path(records));
        await expect(page.getByTestId('signed-in-user').or(page.getByTestId('app-bar-more'))).toBeAttached();
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
