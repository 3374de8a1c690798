import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
// The shared stale-edit message (contactly.common.stale_edit), as every 412 in the console says it.
const STALE_MESSAGE = 'Someone else changed this record — reload to see their changes';
const TEST_CARD = '4242 4242 4242 4242';

/** Letters only, so that the name search (a prefix match) finds exactly this run's records. */
const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.username);
}

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** What this server offers (colleagues' endpoints may land after these tests were written). */
async function offers(request: APIRequestContext, path: string): Promise<boolean> {
  const document = (await (await request.get('/openapi.json')).json()) as { paths: Record<string, unknown> };
  return path in document.paths;
}

interface Created {
  id: string;
  name: string;
}

/** An individual customer made through the API, as the CRM integration would: the party, then the customer. */
async function createIndividualCustomer(
  request: APIRequestContext,
  givenName: string,
  familyName: string,
  extra: Record<string, unknown> = {},
): Promise<Created> {
  const party = await call<{ id: string }>(request, 'POST', '/tmf-api/party/v4/individual', {
    givenName,
    familyName,
    contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: `${familyName.toLowerCase()}@example.com` } }],
    ...extra,
  });
  const name = `${givenName} ${familyName}`;
  const customer = await call<{ id: string }>(request, 'POST', '/tmf-api/customerManagement/v4/customer', {
    name,
    engagedParty: { id: party.id, '@referredType': 'Individual' },
  });
  return { id: customer.id, name };
}

test('an agent finds a customer as they type, edits the profile, and is told when someone else changed it first', async ({
  page,
  request,
}) => {
  const family = `Searchova${uniqueWord()}`;
  const customer = await createIndividualCustomer(request, 'Ingrid', family);

  await signIn(page);
  await page.getByTestId('nav-customers').click();
  await expect(page).toHaveURL(/\/customers$/);
  await page.getByTestId('customer-search').fill(family.slice(0, 12));
  await expect(page.getByRole('heading', { name: `Customers matching “${family.slice(0, 12)}”` })).toBeVisible();
  await expect(page.getByTestId('customer-result')).toHaveCount(1);
  await expect(page.getByTestId('customer-result')).toContainText(customer.name);
  await expect(page.getByTestId('customer-result')).toContainText('B2C');

  // Keyboard: the arrow highlights the match, Enter opens its 360 page.
  await page.getByTestId('customer-search').press('ArrowDown');
  await page.getByTestId('customer-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}$`));
  await expect(page.getByTestId('customer-name')).toHaveText(customer.name);

  // Edit and save: the customer's name follows the person's.
  await page.getByRole('textbox', { name: 'Family name' }).fill(`${family}-Smith`);
  await page.getByRole('combobox', { name: 'Nationality' }).click();
  await page.getByRole('option', { name: 'Norway' }).click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('customer-name')).toHaveText(`Ingrid ${family}-Smith`);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Nationality' })).toHaveText('Norway');

  // A concurrent change between loading and saving: 412, and the typed value stays until Reload.
  await page.getByRole('textbox', { name: 'Given name' }).fill('Inga');
  await call(request, 'PATCH', `/tmf-api/party/v4/individual/${customer.id}`, { title: 'Dr' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('stale-record')).toContainText(STALE_MESSAGE);
  await expect(page.getByRole('textbox', { name: 'Given name' })).toHaveValue('Inga');
  await page.getByTestId('stale-record').getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('stale-record')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Given name' })).toHaveValue('Ingrid');
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Dr');

  // The history shows both changes, the newest first, naming the attributes in words.
  await page.getByTestId('customer-tab-history').click();
  await expect(page.getByTestId('history-entry').first()).toContainText('Title');
  await expect(page.getByTestId('history-entry').filter({ hasText: 'Nationality' })).toHaveCount(1);
});

test('a new individual customer is created with field errors shown next to the fields', async ({ page }) => {
  const family = `Newman${uniqueWord()}`;
  await signIn(page);
  await page.goto('/customers/create');
  await page.getByRole('textbox', { name: 'Given name' }).fill('Олег');
  await page.getByRole('textbox', { name: 'Family name' }).fill(family);
  await page.getByLabel('Birth date').fill('2999-01-01');
  await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('must be an email address');

  await page.getByRole('textbox', { name: 'Email' }).fill(`${family.toLowerCase()}@example.com`);
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByLabel('Birth date')).toHaveAccessibleDescription('must not be in the future');
  await expect(page).toHaveURL(/\/customers\/create$/);

  await page.getByLabel('Birth date').fill('1990-04-12');
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page).toHaveURL(/\/customers\/\d+$/);
  await expect(page.getByTestId('customer-name')).toHaveText(`Олег ${family}`);
  await expect(page.getByTestId('customer-segment')).toHaveText('B2C');
});

test('an admin filters customers by the affiliate that owns them', async ({ page, request }) => {
  const word = uniqueWord();
  const affiliate = await call<{ id: number; name: string }>(request, 'POST', '/api/v1/affiliates', {
    name: `Affiliate ${word}`,
    code: `aff-${word}`,
  });
  const owned = await createIndividualCustomer(request, 'Olaf', `Owned${word}`, {
    relatedParty: [{ id: String(affiliate.id), role: 'affiliate' }],
  });
  await createIndividualCustomer(request, 'Olga', `Owned${word}x`);

  await signIn(page);
  await page.goto('/customers');
  await page.getByTestId('affiliate-filter').click();
  await page.getByRole('option', { name: affiliate.name }).click();
  await expect(page.getByTestId('customer-result')).toHaveCount(1);
  await expect(page.getByTestId('customer-result')).toContainText(owned.name);

  // Typing narrows the affiliate's customers; the other match belongs to no affiliate.
  await page.getByTestId('customer-search').fill(`Owned${word}`);
  await expect(page.getByTestId('customer-result-count')).toHaveText('1–1 of 1');
});

test('a card added on the 360 page is shown masked and becomes the default', async ({ page, request }) => {
  test.skip(!(await offers(request, '/tmf-api/paymentMethod/v4/paymentMethod')), 'this server has no TMF670 payment methods yet');
  const customer = await createIndividualCustomer(request, 'Carla', `Cardholder${uniqueWord()}`);
  const expiry = `12/${String(new Date().getFullYear() + 3).slice(-2)}`;

  await signIn(page);
  await page.goto(`/customers/${customer.id}/payment-methods`);
  await expect(page.getByText('No card on file.')).toBeVisible();
  await page.getByRole('button', { name: 'Add card' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Card number').fill('4242 4242 4242 4241');
  await expect(dialog.getByText(/check for a typo/)).toBeVisible();
  await dialog.getByLabel('Card number').fill(TEST_CARD);
  await dialog.getByLabel('Expiry (MM/YY)').fill(expiry);
  await dialog.getByLabel('CVC').fill('123');
  await dialog.getByLabel('Name on card').fill('CARLA TEST');
  await dialog.getByRole('button', { name: 'Add card' }).click();

  await expect(page.getByTestId('masked-card')).toHaveText('Visa •••• 4242');
  await expect(page.getByTestId('default-badge')).toBeVisible();
  await expect(page.getByTestId('payment-method')).toContainText(`Expires ${expiry}`);
  expect(page.url()).not.toContain('4242');
  await expect(page.locator('body')).not.toContainText(TEST_CARD);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toContain('4242');
});

test('the dev mailbox lists the password-reset message a user asked for', async ({ page, request }) => {
  test.skip(!(await offers(request, '/api/v1/auth/password-reset')), 'this server has no password reset yet');
  const word = uniqueWord();
  const email = `mailbox.${word}@example.com`;
  await call(request, 'POST', '/api/v1/users', {
    username: `mailbox.${word}`,
    displayName: 'Mailbox Test',
    email,
    password: 'Correct-Horse-42',
    roles: ['agent'],
  });
  const reset = await request.post('/api/v1/auth/password-reset', { data: { email } });
  expect(reset.status()).toBe(202);
  // The link is sent after the response: wait until it has landed.
  await expect
    .poll(async () => (await call<unknown[]>(request, 'GET', `/api/v1/dev/mailbox?recipient=${encodeURIComponent(email)}`)).length)
    .toBe(1);

  await signIn(page);
  await page.getByTestId('nav-dev-mailbox').click();
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await page.getByLabel('Recipient').fill(email);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByTestId('mailbox-message')).toHaveCount(1);
  // The purpose in words (the catalogue's), not the API's `password-reset`.
  await expect(page.getByTestId('mailbox-message')).toContainText('Password reset');
  await expect(page.getByTestId('mailbox-link')).toHaveAttribute('href', /reset-password#token=/);
});
