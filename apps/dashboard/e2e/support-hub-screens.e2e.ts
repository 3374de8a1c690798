import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { expectSignedInAs } from './signed-in';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
const HUB = '/api/v1/support-hub';
const BANANA_HEADERS = { 'X-Banana-Key': 'banana-secret' };
const MEMBERS = 30;

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInAs(page, ADMIN.username);
}

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** An aggregated case of MEMBERS Banana cases (one titled with `word` + "needle"), refreshed into the hub. */
async function bigCase(request: APIRequestContext, word: string): Promise<number> {
  const status = await call<{ sources: { source: string; url: string | null }[] }>(request, 'GET', `${HUB}/status`);
  const crm = status.sources.find((source) => source.source === 'banana')?.url as string;
  for (let index = 0; index < MEMBERS; index += 1) {
    const response = await request.post(`${crm}/api/cases`, {
      headers: BANANA_HEADERS,
      data: {
        vendor: { name: `Screens ${word}` },
        err_code: 'E-5151',
        state: 'OPEN',
        title: index === 7 ? `${word} needle` : `Outage ${index}`,
      },
    });
    expect(response.status()).toBe(201);
  }
  await call(request, 'POST', `${HUB}/refresh?force=true&wait=true`);
  const found = await call<{ id: number; caseCount: number }[]>(
    request,
    'GET',
    `${HUB}/search?provider=${encodeURIComponent(`Screens ${word}`)}`,
  );
  expect(found).toHaveLength(1);
  expect(found[0].caseCount).toBe(MEMBERS);
  return found[0].id;
}

/** The page never scrolls sideways; each table stays inside its card (scrolling there if it must). */
async function fitsTheScreen(page: Page, scrollers: Locator[]) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  for (const scroller of scrollers) {
    const fits = await scroller.evaluate((element) => {
      const card = element.closest('.MuiCard-root') as HTMLElement;
      const box = element.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      return box.left >= cardBox.left - 0.5 && box.right <= cardBox.right + 0.5;
    });
    expect(fits, 'a table overflows its card').toBe(true);
  }
}

for (const size of SIZES) {
  test.describe(`support hub screens at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the members of a case are paged and filtered, and the case is renamed in place (a stale rename is refused)', async ({
      page,
      request,
    }) => {
      const word = uniqueWord();
      const id = await bigCase(request, word);
      await signIn(page);
      await page.goto(`/support-hub/aggregated-cases/${id}`);
      await expect(page.getByTestId('aggregated-case-count')).toHaveText(String(MEMBERS));
      await expect(page.getByTestId('members-range')).toHaveText(`1–25 of ${MEMBERS}`);
      await expect(page.getByTestId('member-row')).toHaveCount(25);
      await fitsTheScreen(page, [page.getByTestId('member-row').first().locator('xpath=ancestor::table/..')]);

      await page
        .getByTestId('members-pagination')
        .getByRole('button', { name: /next page/i })
        .click();
      await expect(page.getByTestId('members-range')).toHaveText(`26–${MEMBERS} of ${MEMBERS}`);
      await expect(page.getByTestId('member-row')).toHaveCount(MEMBERS - 25);
      await expect(page).toHaveURL(/page=1/);

      await page.getByTestId('members-filter-q').fill('needle');
      await expect(page.getByTestId('member-row')).toHaveCount(1);
      await expect(page.getByTestId('member-row')).toContainText(`${word} needle`);
      await expect(page).toHaveURL(/q=needle/);
      await expect(page).not.toHaveURL(/page=/);
      await page.getByTestId('members-filter-q').fill('');
      await page.getByTestId('members-filter-status').click();
      await page.getByRole('option', { name: 'Closed' }).click();
      await expect(page.getByTestId('members-empty')).toBeVisible();
      await page.reload();
      await expect(page.getByTestId('members-empty')).toBeVisible();

      // Rename in place; the name stays after a reload.
      await page.getByTestId('rename-case').click();
      await page.getByTestId('rename-input').fill(`Outage ${word}`);
      await page.getByTestId('rename-save').click();
      await expect(page.getByTestId('aggregated-case-name')).toHaveText(`Outage ${word}`);
      await page.reload();
      await expect(page.getByTestId('aggregated-case-name')).toHaveText(`Outage ${word}`);

      // Someone else renames it meanwhile: this rename is refused in words, and Reload shows theirs.
      await page.getByTestId('rename-case').click();
      await call(request, 'PATCH', `${HUB}/aggregated-cases/${id}`, { name: `Theirs ${word}` });
      await page.getByTestId('rename-input').fill(`Mine ${word}`);
      await page.getByTestId('rename-input').press('Enter');
      await expect(page.getByTestId('rename-error')).toContainText('Someone else changed this in the meantime');
      await page.getByTestId('rename-error').getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByTestId('aggregated-case-name')).toHaveText(`Theirs ${word}`);
      await fitsTheScreen(page, []);
    });

    test('the grouping rules screen adds, changes and deletes a rule, and explains why two cases group', async ({ page }) => {
      const word = uniqueWord();
      await signIn(page);
      if (size.width >= 1200) {
        await page.getByTestId('nav-hub-rules').click();
      } else {
        await page.goto('/support-hub/rules');
      }
      await expect(page).toHaveURL(/\/support-hub\/rules$/);
      await expect(page.getByTestId('rule-row').first()).toBeVisible();
      await fitsTheScreen(page, [page.getByTestId('rules-table-scroller')]);

      // A bad regular expression is said at its field, before anything is sent.
      await page.getByTestId('rule-add').click();
      await page.getByTestId('rule-kind').click();
      await page.getByRole('option', { name: 'Error-code rewrite' }).click();
      await page.getByTestId('rule-pattern').fill('^(E');
      await page.getByTestId('rule-replacement').fill('E$1');
      await page.getByTestId('rule-save').click();
      await expect(page.getByRole('dialog')).toContainText('Not a valid regular expression.');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByTestId('rule-add').click();
      await page.getByTestId('rule-pattern').fill(`${word} Mobile`);
      await page.getByTestId('rule-replacement').fill(word);
      await page.getByTestId('rule-save').click();
      const row = page.getByTestId('rule-row').filter({ hasText: `“${word} Mobile” → ${word}` });
      await expect(row).toHaveCount(1);

      // The same alias again: the server's 409 in words.
      await page.getByTestId('rule-add').click();
      await page.getByTestId('rule-pattern').fill(`${word.toUpperCase()} MOBILE`);
      await page.getByTestId('rule-replacement').fill('other');
      await page.getByTestId('rule-save').click();
      await expect(page.getByTestId('rule-error')).toContainText('already an alias');
      await page.getByRole('button', { name: 'Cancel' }).click();

      // Explain: the alias and the rewrite put both spellings in one group; another code does not.
      await page.getByTestId('explain-provider-0').fill(`${word} Mobile`);
      await page.getByTestId('explain-code-0').fill('ERR-77');
      await page.getByTestId('explain-provider-1').fill(word);
      await page.getByTestId('explain-code-1').fill('e77');
      await page.getByTestId('explain-submit').click();
      await expect(page.getByTestId('explain-verdict')).toContainText(
        `They would be grouped together: both get the key provider=${word}|errorCode=E77`,
      );
      await page.getByTestId('explain-code-1').fill('E78');
      await page.getByTestId('explain-submit').click();
      await expect(page.getByTestId('explain-verdict')).toContainText('They would not be grouped together: Error code: E77 ≠ E78');

      // Disable it, then delete it.
      await row.getByRole('button', { name: /^Change rule/ }).click();
      await page.getByLabel(/^Applied/).uncheck();
      await page.getByTestId('rule-save').click();
      await expect(row).toContainText('Disabled');
      await row.getByRole('button', { name: /^Delete rule/ }).click();
      await page.getByTestId('rule-delete-confirm').click();
      await expect(row).toHaveCount(0);
      await fitsTheScreen(page, [page.getByTestId('rules-table-scroller')]);
    });

    test('the board and its source health fit the screen, tables inside their cards', async ({ page, request }) => {
      await call(request, 'POST', `${HUB}/refresh?force=true&wait=true`);
      await signIn(page);
      await page.goto('/support-hub');
      await expect(page.getByTestId('hub-case-row').first()).toBeVisible();
      await expect(page.getByTestId('source-health-banana')).toBeVisible();
      await fitsTheScreen(page, [
        page.getByTestId('hub-case-row').first().locator('xpath=ancestor::table/..'),
        page.getByTestId('source-health-banana').locator('xpath=ancestor::table/..'),
      ]);
    });

    test('the refresh-run history lists runs, refreshes now with progress, and opens a run', async ({ page, request }) => {
      await call(request, 'POST', `${HUB}/refresh?force=true&wait=true`);
      await signIn(page);
      if (size.width >= 1200) {
        await page.getByTestId('nav-hub-runs').click();
      } else {
        await page.goto('/support-hub/refresh-runs');
      }
      await expect(page).toHaveURL(/\/support-hub\/refresh-runs$/);
      await expect(page.getByTestId('run-row').first()).toBeVisible();
      const before = Number(/of (\d+)$/.exec((await page.getByTestId('runs-range').textContent()) ?? '')?.[1]);
      await fitsTheScreen(page, [page.getByTestId('runs-table-scroller')]);

      // Just refreshed: the admin forces one now, sees it finish, and the history grows by one.
      await page.getByTestId('hub-force-refresh').click();
      await expect(page.getByTestId('hub-refresh-result')).toContainText('Refresh finished');
      await expect(page.getByTestId('runs-range')).toHaveText(new RegExp(`of ${before + 1}$`));
      await expect(page.getByTestId('run-row').first().getByTestId('run-status')).toHaveText('Succeeded');

      await page.getByTestId('runs-filter-status').click();
      await page.getByRole('option', { name: 'Failed', exact: true }).click();
      await expect(page).toHaveURL(/status=failed/);
      await page.getByTestId('runs-filter-status').click();
      await page.getByRole('option', { name: 'Succeeded' }).click();
      await expect(page.getByTestId('run-row').first()).toBeVisible();

      await page.getByTestId('run-row').first().getByRole('link').click();
      await expect(page).toHaveURL(/\/support-hub\/refresh-runs\/\d+$/);
      await expect(page.getByTestId('run-outcome')).toContainText('Refresh finished');
      await expect(page.getByTestId('run-source-banana')).toContainText('Banana');
      await fitsTheScreen(page, [page.getByTestId('run-sources-scroller')]);
      await page.goto('/support-hub/refresh-runs/999999');
      await expect(page.getByRole('alert')).toContainText('There is no refresh run #999999.');
    });
  });
}
