import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { choose } from './choose-option';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };

/** Letters only, so names of this run never clash with an earlier run's. */
const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function signIn(page: Page, { username, password } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test('an administrator adds a department to a company, with its Russian name kept as typed', async ({ page, request }) => {
  const word = uniqueWord();
  const company = await call<{ companyId: number; name: string }>(request, 'POST', '/api/v1/companies', { name: `Компания ${word}` });
  const department = `Отдел продаж ${word}`;

  await signIn(page);
  await page.getByTestId('nav-departments').click();
  await expect(page).toHaveURL(/\/departments$/);
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/departments\/create$/);
  await choose(page, 'Company', company.name);
  await page.getByRole('textbox', { name: 'Name' }).fill(department);
  await page.getByRole('textbox', { name: 'Description' }).fill('Звонки и письма «тёплым» клиентам');
  await page.getByRole('button', { name: 'Save' }).click();

  // Saved: the edit screen of the new department, read back from the server.
  await expect(page).toHaveURL(/\/departments\/\d+$/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(department);
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Звонки и письма «тёплым» клиентам');
  await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();

  // The same name again in the same company is refused next to the name, in plain words.
  await page.goto('/departments/create');
  await choose(page, 'Company', company.name);
  await page.getByRole('textbox', { name: 'Name' }).fill(department.toUpperCase());
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Another department already has this name/);
  await expect(page).toHaveURL(/\/departments\/create$/);

  // The company's list shows it.
  await page.getByTestId('nav-departments').click();
  await choose(page, 'Company', company.name);
  await expect(page.getByRole('cell', { name: department, exact: true })).toBeVisible();
});

test('an administrator writes a template, is told where it is malformed, and previews it filled in', async ({ page }) => {
  const name = `Приглашение на опрос ${uniqueWord()}`;

  await signIn(page);
  await page.getByTestId('nav-documents').click();
  await expect(page).toHaveURL(/\/documents$/);
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/documents\/create$/);
  await expect(page.getByRole('radio', { name: /^Template/ })).toBeChecked();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Subject' }).fill('{{firstName}}, расскажите о нас');
  await page.getByRole('textbox', { name: 'Body' }).fill('Здравствуйте, {{first name}}! Ответьте на три вопроса.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAccessibleDescription(/\{\{first name\}\} is not a variable name/);

  await page.getByRole('textbox', { name: 'Body' }).fill('Здравствуйте, {{firstName}}! Ваш город: {{city}}.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByTestId('template-variables')).toHaveText('{{firstName}}{{city}}');

  await page.getByRole('textbox', { name: 'firstName' }).fill('Мария');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('template-preview');
  await expect(preview).toContainText('Мария, расскажите о нас');
  await expect(preview).toContainText('Здравствуйте, Мария! Ваш город: {{city}}.');
  await expect(preview).toContainText('No value for {{city}}');
});

test('an agent blocks a channel for a customer on the 360 page, sees it listed, and unblocks it', async ({ page, request }) => {
  const family = `Блокова${uniqueWord()}`;
  const client = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', { firstName: 'Анна', lastName: family });
  const until = `${new Date().getFullYear() + 2}-01-31T10:00`;
  const reason = 'Клиент попросил не присылать SMS';
  // An agent changes customer data, which lets them record a client's opt-out.
  const agent = { username: `e2e.agent.${uniqueWord()}`, password: 'Correct-Horse-42' };
  await call(request, 'POST', '/api/v1/users', { ...agent, displayName: 'E2E Agent', roles: ['agent'] });

  await signIn(page, agent);
  await page.goto(`/customers/${client.clientId}`);
  await page.getByTestId('customer-tab-channels').click();
  await expect(page).toHaveURL(new RegExp(`/customers/${client.clientId}/channels$`));
  await expect(page.getByTestId('client-availability')).toHaveText('Available for communications.');
  const sms = page.getByTestId('channel-row').filter({ hasText: 'SMS' });
  await expect(sms.getByTestId('channel-status')).toHaveText('Open');

  await page.getByRole('button', { name: 'Block channel' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Channel' }).click();
  await page.getByRole('option', { name: 'SMS', exact: true }).click();
  await dialog.getByLabel('Blocked until').fill(until);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  await dialog.getByRole('button', { name: 'Block channel' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(sms.getByTestId('channel-status')).toHaveText('Blocked');
  await expect(sms).toContainText(reason);
  await expect(sms).toContainText('Until ');
  await page.reload();
  await expect(sms.getByTestId('channel-status')).toHaveText('Blocked');

  // The admin list of channel blocks shows it too.
  await page.getByTestId('nav-channel-blocks').click();
  await page.getByRole('spinbutton', { name: 'Client id' }).fill(String(client.clientId));
  await expect(page.getByRole('cell', { name: reason, exact: true })).toBeVisible();

  // Back on the 360 page: unblock, after a confirmation.
  await page.goto(`/customers/${client.clientId}/channels`);
  await sms.getByRole('button', { name: 'Unblock SMS' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unblock' }).click();
  await expect(sms.getByTestId('channel-status')).toHaveText('Open');
  await expect(sms).not.toContainText(reason);
});
