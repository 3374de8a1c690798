import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const AS_ADMIN = { Authorization: `Basic ${Buffer.from('Admin:admin').toString('base64')}` };
const VISA = '4242424242424242';
const MASTERCARD = '5555555555554444';
const DECLINED = '4000000000000002';
const CVC = '9371';
const expiry = `11/${String(new Date().getFullYear() + 4).slice(-2)}`;

const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function newCustomer(request: APIRequestContext): Promise<string> {
  const familyName = `Kartova${uniqueWord()}`;
  const party = await call<{ id: string }>(request, 'POST', '/tmf-api/party/v4/individual', { givenName: 'Karina', familyName });
  return (
    await call<{ id: string }>(request, 'POST', '/tmf-api/customerManagement/v4/customer', {
      name: `Karina ${familyName}`,
      engagedParty: { id: party.id, '@referredType': 'Individual' },
    })
  ).id;
}

/** Every request the page makes, split by whether it goes to our server (the page's origin) or elsewhere. */
function watchRequests(page: Page, ourOrigin: string) {
  const ours: Request[] = [];
  const elsewhere: Request[] = [];
  page.on('request', (request) => (new URL(request.url()).origin === ourOrigin ? ours : elsewhere).push(request));
  /** Everything a request carries that could hold a card: its URL, headers and body. */
  const carried = (request: Request) => `${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`;
  return {
    toOurServer: () => ours.map(carried).join('\n'),
    /** Bodies only: a hashed asset name in a URL may hold any four digits by chance. */
    bodiesToOurServer: () => ours.map((request) => request.postData() ?? '').join('\n'),
    elsewhere: () => elsewhere.map(carried).join('\n'),
  };
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill('Admin');
  await page.getByLabel('Password').fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Admin');
}

async function enterCard(page: Page, number: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Card number').fill(number);
  await dialog.getByLabel('Expiry (MM/YY)').fill(expiry);
  await dialog.getByLabel('CVC').fill(CVC);
  await dialog.getByLabel('Name on card').fill('KARINA TEST');
  return dialog;
}

test('the card number and CVC go to the payment gateway only; our server gets a token', async ({ page, request, baseURL }) => {
  const customerId = await newCustomer(request);
  const gateway = await call<{ tokenizeUrl: string }>(request, 'GET', '/api/v1/payment-gateway');
  const ourOrigin = new URL(baseURL!).origin;
  expect(new URL(gateway.tokenizeUrl).origin).not.toBe(ourOrigin);
  const requests = watchRequests(page, ourOrigin);

  await signIn(page);
  await page.goto(`/customers/${customerId}/payment-methods`);
  await page.getByRole('button', { name: 'Add card' }).click();
  await (await enterCard(page, '4242 4242 4242 4242')).getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByTestId('masked-card')).toHaveText('Visa •••• 4242');

  // Replacing a card goes the same way.
  await page.getByRole('button', { name: 'Replace' }).click();
  await (await enterCard(page, '5555 5555 5555 4444')).getByRole('button', { name: 'Replace card' }).click();
  await expect(page.getByTestId('masked-card')).toHaveText('Mastercard •••• 4444');

  const sentToUs = requests.toOurServer();
  expect(sentToUs).toContain('tok_sim_');
  for (const number of [VISA, MASTERCARD, '4242 4242 4242 4242', '5555 5555 5555 4444']) expect(sentToUs).not.toContain(number);
  expect(requests.bodiesToOurServer()).not.toContain(CVC);
  // It did go somewhere: to the gateway's tokenisation endpoint.
  expect(requests.elsewhere()).toContain(gateway.tokenizeUrl);
  expect(requests.elsewhere()).toContain(VISA);
});

test('a card the gateway declines is shown at the number, and nothing is added', async ({ page, request, baseURL }) => {
  const customerId = await newCustomer(request);
  const requests = watchRequests(page, new URL(baseURL!).origin);

  await signIn(page);
  await page.goto(`/customers/${customerId}/payment-methods`);
  await page.getByRole('button', { name: 'Add card' }).click();
  const dialog = await enterCard(page, '4000 0000 0000 0002');
  await dialog.getByRole('button', { name: 'Add card' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The card was declined by the issuer');
  await expect(dialog.getByLabel('Card number')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No card on file.')).toBeVisible();
  expect(requests.toOurServer()).not.toContain(DECLINED);
  expect(requests.bodiesToOurServer()).not.toContain(CVC);
});

test('a payment gateway that is down is named in words, and the same form goes through once it is back', async ({ page, request }) => {
  const customerId = await newCustomer(request);
  const gateway = new URL((await call<{ tokenizeUrl: string }>(request, 'GET', '/api/v1/payment-gateway')).tokenizeUrl).origin;
  await signIn(page);
  await page.goto(`/customers/${customerId}/payment-methods`);
  await page.getByRole('button', { name: 'Add card' }).click();
  const dialog = await enterCard(page, '4242 4242 4242 4242');
  expect((await request.put(`${gateway}/__faults`, { data: { down: true } })).ok()).toBe(true);
  try {
    await dialog.getByRole('button', { name: 'Add card' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/^The payment gateway (cannot be reached|is not answering)/);
  } finally {
    await request.delete(`${gateway}/__faults`);
  }
  // Once it is back, the same form goes through.
  await dialog.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByTestId('masked-card')).toHaveText('Visa •••• 4242');
});
