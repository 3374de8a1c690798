import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const SECTION_NAV = ['nav-users', 'nav-roles', 'nav-affiliates'];
const LOGIN_JS_BUDGET_BYTES = 250 * 1024;

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}

async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Username')).toBeVisible();
}

test('an admin creates an agent, who then sees only what the agent role allows', async ({ page }) => {
  const username = `e2e.agent.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  await signIn(page, ADMIN.username, ADMIN.password);
  for (const testId of SECTION_NAV) await expect(page.getByTestId(testId)).toBeVisible();

  await page.getByTestId('nav-users').click();
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('link', { name: 'Create' }).click();
  // The list (with its "Sort by username" header) may still be on screen for a moment: wait for the form.
  await expect(page).toHaveURL(/\/users\/create$/);
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Display name' }).fill('E2E Agent');
  await page.getByRole('textbox', { name: 'Email' }).fill(`${username}@example.com`);
  await page.getByRole('textbox', { name: 'Password' }).fill('Correct-Horse-42');
  await page.getByRole('combobox', { name: 'Roles' }).click();
  await page.getByRole('option', { name: 'agent', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('textbox', { name: 'Search users' }).fill(username);
  await expect(page.getByRole('cell', { name: username, exact: true })).toBeVisible();

  await signOut(page);
  await signIn(page, username, 'Correct-Horse-42');
  await expect(page.getByTestId('logout')).toBeVisible();
  for (const testId of SECTION_NAV) await expect(page.getByTestId(testId)).toHaveCount(0);
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password');
  await expect(page).toHaveURL(/\/login$/);
});

test('the login page loads at most 250 KB of gzipped JavaScript', async ({ page }) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (response.headers()['content-type']?.includes('javascript')) scripts.push(response);
  });
  await page.goto('/login', { waitUntil: 'networkidle' });
  await expect(page.getByLabel('Username')).toBeVisible();

  let gzipped = 0;
  for (const script of scripts) gzipped += gzipSync(await script.body()).length;
  const summary = `${(gzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s)`;
  console.log(`login route JavaScript: ${summary}`);
  test.info().annotations.push({ type: 'login route JavaScript', description: summary });

  expect(scripts.length).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(LOGIN_JS_BUDGET_BYTES);
});
