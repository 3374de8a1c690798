import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN_AUTH = `Basic ${Buffer.from('Admin:admin').toString('base64')}`;
const PASSWORD = 'Correct-Horse-42';
const STALE = {
  en: 'Someone else changed this record — reload to see their changes',
  ru: 'Эту запись уже изменил кто-то другой — обновите страницу, чтобы увидеть изменения',
};

const basic = (username: string) => `Basic ${Buffer.from(`${username}:${PASSWORD}`).toString('base64')}`;

/** A fresh admin with no language chosen yet, so each run starts from the browser's language. */
async function newAdmin(request: APIRequestContext) {
  const username = `e2e.i18n.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await request.post('/api/v1/users', {
    headers: { Authorization: ADMIN_AUTH },
    data: { username, displayName: 'I18n Tester', password: PASSWORD, roles: ['admin'] },
  });
  expect(res.status()).toBe(201);
  return { username, id: ((await res.json()) as { id: number }).id };
}

const localeOnServer = async (request: APIRequestContext, username: string) =>
  ((await (await request.get('/api/v1/users/me', { headers: { Authorization: basic(username) } })).json()) as { locale: string | null })
    .locale;

async function signIn(page: Page, username: string, labels: { username: string; password: string; submit: string }) {
  await page.getByLabel(labels.username, { exact: true }).fill(username);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}

/** Opens the user's edit form, lets someone else save the record meanwhile, then saves: a 412. */
async function saveStaleEdit(page: Page, request: APIRequestContext, userId: number, fieldLabel: string, saveLabel: string) {
  await page.goto(`/users/${userId}`);
  const displayName = page.getByRole('textbox', { name: fieldLabel });
  await expect(displayName).toHaveValue(/.+/);
  const concurrent = await request.patch(`/api/v1/users/${userId}`, {
    headers: { Authorization: ADMIN_AUTH },
    data: { displayName: `Changed elsewhere ${Date.now()}` },
  });
  expect(concurrent.status()).toBe(200);
  await displayName.fill('My stale edit');
  await page.getByRole('button', { name: saveLabel, exact: true }).click();
}

test('Russian chosen on the sign-in page: console in Russian, remembered on reload, on the account and after signing in again', async ({
  page,
  request,
  browser,
}) => {
  const user = await newAdmin(request);

  // The browser speaks English: so does the sign-in page, until Russian is chosen there.
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Contactly');
  await page.getByTestId('language-switcher').selectOption('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход в Contactly');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await signIn(page, user.username, { username: 'Имя пользователя', password: 'Пароль', submit: 'Войти' });

  // The menu and a list page are in Russian (our labels and react-admin's own).
  await expect(page.getByTestId('nav-home')).toContainText('Главная');
  await expect(page.getByTestId('nav-users')).toContainText('Пользователи');
  await expect(page.getByTestId('nav-roles')).toContainText('Роли');
  await page.getByTestId('nav-users').click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole('columnheader', { name: 'Имя пользователя' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Создан' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Создать' })).toBeVisible();
  await expect(page.getByText('Signed in as')).toHaveCount(0);

  // The choice made while signed out went to the account.
  await expect.poll(() => localeOnServer(request, user.username)).toBe('ru');

  // A stale edit (412) says so in Russian.
  await saveStaleEdit(page, request, user.id, 'Отображаемое имя', 'Сохранить');
  await expect(page.getByText(STALE.ru)).toBeVisible();

  // A reload keeps Russian.
  await page.reload();
  await expect(page.getByTestId('nav-users')).toContainText('Пользователи');

  // Signed out, the sign-in page stays in Russian.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход в Contactly');

  // Another browser (nothing stored, English) signs in: the account's Russian applies.
  const elsewhere = await browser.newContext({ locale: 'en-US' });
  try {
    const other = await elsewhere.newPage();
    await other.goto('/login');
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Sign in to Contactly');
    await signIn(other, user.username, { username: 'Username', password: 'Password', submit: 'Sign in' });
    await expect(other.getByTestId('nav-users')).toContainText('Пользователи');

    // Switching to English in the app bar: the console and the stale-edit message follow, and the account keeps it.
    await other.getByTestId('language-switcher').click();
    await other.getByTestId('language-en').click();
    await expect(other.getByTestId('nav-users')).toContainText('Users');
    await expect.poll(() => localeOnServer(request, user.username)).toBe('en');
    await saveStaleEdit(other, request, user.id, 'Display name', 'Save');
    await expect(other.getByText(STALE.en)).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

test('a browser set to Russian starts in Russian; every API call carries the language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    const languages: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) languages.push(request.headers()['accept-language'] ?? '');
    });
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход в Contactly');
    await page.getByLabel('Имя пользователя', { exact: true }).fill('nobody.here');
    await page.getByLabel('Пароль', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await expect(page.getByTestId('login-error')).toHaveText('Неверное имя пользователя или пароль');
    expect(languages.length).toBeGreaterThan(0);
    expect(languages.every((language) => language === 'ru')).toBe(true);
  } finally {
    await context.close();
  }
});
