import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { ADMIN_AUTHORIZATION, call, uniqueWord } from './console-seed';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

test.beforeEach(async ({ page }) => {
  await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
});

/** Two customers sharing a family name no other run has, so the search finds exactly them. */
async function twoCustomers(request: APIRequestContext) {
  const family = `Globalova${uniqueWord()}`;
  const anna = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Anna',
    lastName: family,
    email: `anna.${family.toLowerCase()}@example.com`,
  });
  const boris = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', { firstName: 'Boris', lastName: family });
  return { family, anna: anna.clientId, boris: boris.clientId };
}

/** Presses `/` with the focus on the page itself (nothing typed into). */
async function pressSlashOnPage(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
}

test('/ focuses the search box, matches open the 360 page, Enter opens the search page, Escape leaves', async ({ page, request }) => {
  const { family, anna } = await twoCustomers(request);
  await page.goto('/');
  const box = page.getByTestId('global-search');
  await expect(box).toBeVisible();

  await pressSlashOnPage(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await page.keyboard.type(family);
  const results = page.getByTestId('global-search-result');
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: `Anna ${family}` })).toContainText(`anna.${family.toLowerCase()}@example.com`);

  // ↓ highlights the first match; Enter opens its 360 page.
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  const first = (await results.first().textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/customers\/\d+$/);
  await expect(page.getByTestId('customer-name')).toHaveText(first.startsWith('Anna') ? `Anna ${family}` : `Boris ${family}`);
  await expect(box).toHaveValue('');

  // Escape leaves the box: the list closes and the focus is back on the page.
  await pressSlashOnPage(page);
  await page.keyboard.type(family);
  await expect(results).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();
  await expect(results).toHaveCount(0);

  // Enter without choosing a match opens the customer search page with the query.
  await pressSlashOnPage(page);
  await page.keyboard.type(`Anna ${family}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/customers\\?q=Anna(\\+|%20)${family}$`));
  await expect(page.getByTestId('customer-result')).toHaveCount(1);
  await expect(page.getByTestId('customer-result')).toContainText(`Anna ${family}`);
  await page.getByTestId('customer-result').click();
  await expect(page).toHaveURL(new RegExp(`/customers/${anna}$`));
});

test('/ typed into a field is a character, not the shortcut; a search from the bar fills the open search page', async ({ page }) => {
  await page.goto('/customers');
  const field = page.getByTestId('customer-search');
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(page.getByTestId('global-search')).not.toBeFocused();

  // A search from the bar while the search page is open replaces what was typed in its field.
  await pressSlashOnPage(page);
  await page.keyboard.type('Globalova');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/customers\?q=Globalova$/);
  await expect(field).toHaveValue('Globalova');
});

test('on a phone the search is a button in the bar; / opens it across the bar, and a match opens the 360 page', async ({
  page,
  request,
}) => {
  const { family, boris } = await twoCustomers(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByTestId('global-search')).toHaveCount(0);
  await expect(page.getByTestId('global-search-open')).toBeVisible();

  await pressSlashOnPage(page);
  const box = page.getByTestId('global-search');
  await expect(box).toBeFocused();
  await page.keyboard.type(`Boris ${family}`);
  const result = page.getByTestId('global-search-result');
  await expect(result).toHaveCount(1);
  const inWindow = await result.boundingBox();
  expect(inWindow && inWindow.x >= 0 && inWindow.x + inWindow.width <= 390).toBe(true);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`/customers/${boris}$`));
  // Once used, it folds back into its button.
  await expect(page.getByTestId('global-search-open')).toBeVisible();
});

test('a principal who may not read customers has no search box', async ({ page, request }) => {
  const word = uniqueWord();
  await call(request, 'POST', '/api/v1/roles', { name: `no-customers-${word}`, permissions: ['users:read'] });
  const user = { username: `e2e.nosearch.${word}`, password: 'Correct-Horse-42' };
  await call(request, 'POST', '/api/v1/users', { ...user, displayName: 'No Search', roles: [`no-customers-${word}`] });
  const authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
  await page.addInitScript((value) => sessionStorage.setItem('contactly.authorization', value), authorization);
  await page.goto('/users');
  await expect(page.getByTestId('signed-in-user')).toHaveText(user.username);
  await expect(page.getByTestId('global-search')).toHaveCount(0);
  await expect(page.getByTestId('global-search-open')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search customers' })).toHaveCount(0);
});
