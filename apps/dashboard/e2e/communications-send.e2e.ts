import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { choose } from './choose-option';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
// The seeded catalogs answer in the browser's language: English here.
test.use({ locale: 'en-US' });

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
/** Seeded catalog ids (the requirement document's). */
const SURVEY = 4;
const EMAIL = 3;

/** Letters only, so names of this run never clash with an earlier run's. */
const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function signIn(page: Page, { username, password } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(username);
}

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A department whose rule lets surveys go by email (no quiet hours, no caps), and a survey template. */
async function sendingSetup(request: APIRequestContext, word: string) {
  const company = await call<{ companyId: number }>(request, 'POST', '/api/v1/companies', { name: `Компания ${word}` });
  const department = await call<{ departmentId: number; name: string }>(request, 'POST', '/api/v1/departments', {
    companyId: company.companyId,
    name: `Опросы ${word}`,
  });
  await call(request, 'POST', '/api/v1/rules', {
    departmentId: department.departmentId,
    name: `Письма ${word}`,
    allowed: [{ communicationTypeId: SURVEY, sendChannelTypeId: EMAIL }],
    timeZone: 'Europe/Moscow',
  });
  const document = await call<{ documentId: number; name: string }>(request, 'POST', '/api/v1/documents', {
    name: `Приглашение ${word}`,
    kind: 'template',
    subject: '{{firstName}}, расскажите о нас',
    body: 'Здравствуйте, {{firstName}}! Ваш промокод: {{promoCode}}.',
  });
  return { department, document };
}

test('an administrator composes an email to two clients, follows the mailing to each one’s status, and finds it on a client’s 360 page', async ({
  page,
  request,
}) => {
  const word = uniqueWord();
  const family = `Опросова${word}`;
  const email = (name: string) => `${name}.${word}@example.com`;
  const anna = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Анна',
    lastName: family,
    email: email('anna'),
  });
  await call(request, 'POST', '/api/v1/clients/add', { firstName: 'Борис', lastName: family, email: email('boris') });
  const { department, document } = await sendingSetup(request, word);
  const name = `Осенний опрос ${word}`;

  await signIn(page);
  await page.getByTestId('nav-compose').click();
  await expect(page).toHaveURL(/\/communications\/create$/);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await choose(page, 'Type', 'Survey');
  await choose(page, 'Channel', 'Email');
  await choose(page, 'Document', `${document.name} (template)`);
  // An administrator who is no employee says which department sends.
  await choose(page, 'Department', department.name);
  // The template needs a value no client brings: the page offers it.
  await page.getByRole('button', { name: 'Give {{promoCode}} a value' }).click();
  await page.getByRole('textbox', { name: 'Value of promoCode' }).fill('AUTUMN26');

  const clients = page.getByRole('combobox', { name: 'Clients' });
  for (const first of ['Анна', 'Борис']) {
    await clients.fill(family);
    await page.getByRole('option', { name: new RegExp(`^${first} ${family}`) }).click();
  }
  await expect(page.getByTestId('recipient-count')).toHaveText('2 recipients, each checked before sending');
  const preview = page.getByTestId('compose-preview');
  await expect(preview).toContainText('Анна, расскажите о нас');
  await expect(preview).toContainText('Здравствуйте, Анна! Ваш промокод: AUTUMN26.');

  // Send asks first; a double click on the confirmation sends once (one Idempotency-Key for the page).
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Send to 2 of 2 recipients?', exact: true })).toBeVisible();
  await page.getByTestId('confirm-send').dblclick();
  await expect(page).toHaveURL(/\/mailings\/\d+\/show$/);
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.getByTestId('mailing-recipients')).toHaveText('2');
  await expect(page.getByTestId('mailing-accepted')).toHaveText('2');
  await expect(page.getByTestId('mailing-moved')).toHaveText('0');
  await expect(page.getByTestId('mailing-skipped')).toHaveText('0');
  const mailings = await call<unknown[]>(request, 'GET', `/api/v1/mailings?name=${encodeURIComponent(name)}`);
  expect(mailings).toHaveLength(1);

  // The dispatcher sends both through the dev mailbox; the page follows them until they are sent.
  const recipients = page
    .getByRole('region', { name: 'Recipients' })
    .getByRole('row')
    .filter({ has: page.getByTestId('communication-status') });
  await expect(recipients).toHaveCount(2);
  await expect(recipients.getByTestId('communication-status')).toHaveText(['Sent', 'Sent'], { timeout: 30_000 });
  await expect(recipients.filter({ hasText: email('anna') })).toBeVisible();
  const inbox = await call<{ subject: string | null; body: string }[]>(
    request,
    'GET',
    `/api/v1/dev/mailbox?recipient=${encodeURIComponent(email('anna'))}`,
  );
  expect(inbox[0]).toMatchObject({ subject: 'Анна, расскажите о нас', body: 'Здравствуйте, Анна! Ваш промокод: AUTUMN26.' });

  // Anna's 360 page lists it with its status, and opens it.
  await page.goto(`/customers/${anna.clientId}`);
  await page.getByTestId('customer-tab-communications').click();
  await expect(page).toHaveURL(new RegExp(`/customers/${anna.clientId}/communications$`));
  const sent = page.getByTestId('client-communication').filter({ hasText: name });
  await expect(sent.getByTestId('communication-status')).toHaveText('Sent');
  await sent.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/communications\/\d+\/show$/);
  await expect(page.getByTestId('communication-message')).toContainText('Здравствуйте, Анна! Ваш промокод: AUTUMN26.');
  await expect(page.getByTestId('timeline-step').filter({ hasText: 'Sent' })).toContainText(`To ${email('anna')}`);
});

test('an employee composes from a client’s 360 page and is offered only what their role may send, for their own department', async ({
  page,
  request,
}) => {
  const word = uniqueWord();
  const client = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Глеб',
    lastName: `Ролевой${word}`,
    email: `gleb.${word}@example.com`,
  });
  const { department, document } = await sendingSetup(request, word);
  const role = `e2e-surveyor-${word}`;
  await call(request, 'POST', '/api/v1/roles', {
    name: role,
    permissions: ['communications:read', 'communications:send', 'customers:read'],
  });
  await call(request, 'PUT', `/api/v1/roles/${role}/communication-permissions`, {
    permissions: [{ communicationTypeId: SURVEY, sendChannelTypeId: EMAIL }],
  });
  const employee = { username: `e2e.surveyor.${word}`, password: 'Correct-Horse-42' };
  await call(request, 'POST', '/api/v1/employees', {
    departmentId: department.departmentId,
    role,
    ...employee,
    displayName: 'E2E Surveyor',
  });

  await signIn(page, employee);
  await page.goto(`/customers/${client.clientId}/communications`);
  await page.getByRole('link', { name: 'Compose' }).click();
  await expect(page).toHaveURL(/\/communications\/create$/);
  // The client the page was opened from is the recipient already.
  await expect(page.getByRole('button', { name: new RegExp(`^Глеб Ролевой${word}`) })).toBeVisible();
  await expect(page.getByTestId('recipient-count')).toHaveText('1 recipient, each checked before sending');
  await expect(page.getByRole('textbox', { name: 'Department' })).toHaveValue(department.name);

  await page.getByRole('combobox', { name: /^Type/ }).click();
  await expect(page.getByRole('option')).toHaveText(['Survey']);
  await page.getByRole('option', { name: 'Survey' }).click();
  await page.getByRole('combobox', { name: /^Channel/ }).click();
  await expect(page.getByRole('option')).toHaveText(['Email']);
  await page.getByRole('option', { name: 'Email' }).click();

  await page.getByRole('textbox', { name: 'Name' }).fill(`Опрос ${word}`);
  await choose(page, 'Document', `${document.name} (template)`);
  await page.getByRole('button', { name: 'Give {{promoCode}} a value' }).click();
  await page.getByRole('textbox', { name: 'Value of promoCode' }).fill('WINTER');
  await expect(page.getByTestId('compose-preview')).toContainText('Здравствуйте, Глеб! Ваш промокод: WINTER.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByTestId('confirm-send').click();
  await expect(page).toHaveURL(/\/mailings\/\d+\/show$/);
  await expect(page.getByTestId('mailing-accepted')).toHaveText('1');
});

test('an agent checks whether a channel reaches a client: yes by email, no by SMS with the reason', async ({ page, request }) => {
  const word = uniqueWord();
  const client = await call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Вера',
    lastName: `Проверкина${word}`,
    email: `vera.${word}@example.com`,
  });
  const agent = { username: `e2e.agent.${uniqueWord()}`, password: 'Correct-Horse-42' };
  await call(request, 'POST', '/api/v1/users', { ...agent, displayName: 'E2E Agent', roles: ['agent'] });

  await signIn(page, agent);
  await page.goto(`/customers/${client.clientId}/communications`);
  await expect(page.getByText('Nothing has been sent to this client yet.')).toBeVisible();
  const check = page.getByRole('region', { name: 'Check a channel' });
  await choose(page, 'Channel', 'Email');
  await check.getByRole('button', { name: 'Check channel' }).click();
  await expect(page.getByTestId('channel-verdict')).toContainText('Yes: Email reaches this client');

  await choose(page, 'Channel', 'SMS');
  await check.getByRole('button', { name: 'Check channel' }).click();
  await expect(page.getByTestId('channel-verdict')).toContainText('No: SMS does not reach this client');
  await expect(page.getByTestId('channel-verdict')).toContainText('The client has no address for this channel');
});
