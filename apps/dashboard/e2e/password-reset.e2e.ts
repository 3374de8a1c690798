import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

// The browser tests' server starts without demo data (SEED_DEMO_DATA=false), with the first user Admin / admin.
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const AS_ADMIN = { Authorization: basic('Admin', 'admin') };
const OLD_PASSWORD = 'Forgotten-Secret-1';
const NEW_PASSWORD = 'Remembered-Secret-2';

const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

/** A user with an email address, as an admin creates one; the reset finds it by that address. */
async function newUserWithEmail(request: APIRequestContext) {
  const username = `reset.${uniqueWord()}`;
  const email = `${username}@example.com`;
  const response = await request.post('/api/v1/users', {
    headers: AS_ADMIN,
    data: { username, displayName: 'Reset Test', email, password: OLD_PASSWORD, roles: ['agent'] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { username, email };
}

/** The reset link the dev mailbox received for the address, as a path with its fragment (the server's own host may differ). */
async function resetLinkSentTo(request: APIRequestContext, email: string): Promise<string> {
  let link: string | undefined;
  // The link is sent after the 202: wait until it has landed.
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(email)}&purpose=password-reset`, {
        headers: AS_ADMIN,
      });
      const [latest] = (await response.json()) as { body: string }[];
      link = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]+/.exec(latest?.body ?? '')?.[0];
      return link;
    })
    .toBeDefined();
  const url = new URL(link!);
  return `${url.pathname}${url.hash}`;
}

async function setNewPassword(page: Page, password: string, repeat = password) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password').fill(repeat);
  await page.getByRole('button', { name: 'Set new password' }).click();
}

test('a user who forgot the password asks for a link, sets a new password with it and signs in; the link then works no more', async ({
  page,
  request,
}) => {
  const user = await newUserWithEmail(request);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByTestId('reset-requested')).toContainText(`If an account exists for ${user.email}, we have sent a link`);

  const link = await resetLinkSentTo(request, user.email);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  // The token leaves the address bar and the history entry at once.
  await expect.poll(() => page.url()).toMatch(/\/reset-password$/);
  expect(await page.evaluate(() => window.location.href)).not.toContain('token');

  // Checked here: the same password twice.
  await setNewPassword(page, NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(page.getByLabel('Repeat the new password')).toHaveAccessibleDescription('The two passwords are not the same');
  // Checked by the server: not a common password; the link keeps working after the refusal.
  await setNewPassword(page, 'password123');
  await expect(page.getByTestId('reset-error')).toContainText('this link still works');
  await expect(page.getByLabel('New password', { exact: true })).toHaveAccessibleDescription(/too common/);

  await setNewPassword(page, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toHaveText('Your password has been changed — sign in with the new one');
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(user.username);
  expect((await request.post('/api/v1/auth', { headers: { Authorization: basic(user.username, OLD_PASSWORD) } })).status()).toBe(401);

  // The same link again: it has been used.
  await page.goto(link);
  await setNewPassword(page, 'Yet-Another-Secret-3');
  await expect(page.getByTestId('reset-link-problem')).toContainText('already been used');
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  expect((await request.post('/api/v1/auth', { headers: { Authorization: basic(user.username, NEW_PASSWORD) } })).status()).toBe(200);
});

test('an unknown address gets the same answer, and the reset page without a link says where to get one', async ({ page }) => {
  await page.goto('/forgot-password');
  const email = `nobody.${uniqueWord()}@example.com`;
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByTestId('reset-requested')).toContainText(`If an account exists for ${email}, we have sent a link`);

  await page.goto('/reset-password');
  await expect(page.getByTestId('reset-link-problem')).toContainText('needs the link from your password-reset email');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
});
