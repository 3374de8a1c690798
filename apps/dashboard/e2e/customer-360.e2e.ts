import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { expectSignedInAs } from './signed-in';
import { uniqueMobile } from './unique-mobile';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const letters = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInAs(page, ADMIN.username);
}

/** The page itself never scrolls sideways: wide content scrolls inside its card. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/**
 * A customer suspended for "Payment overdue", with a Visa on file and a billing account: the story the
 * 360 page used to contradict (green "available", balance beside the point, the account's card "—").
 */
async function suspendedCustomer(request: APIRequestContext) {
  const familyName = `Overdue${letters()}`;
  const party = await call<{ id: string }>(request, 'POST', '/tmf-api/party/v4/individual', {
    givenName: 'Olga',
    familyName,
    contactMedium: [
      { mediumType: 'email', preferred: true, characteristic: { emailAddress: `${familyName.toLowerCase()}@example.com` } },
      { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: uniqueMobile() } },
    ],
  });
  const customer = await call<{ id: string }>(request, 'POST', '/tmf-api/customerManagement/v4/customer', {
    name: `Olga ${familyName}`,
    engagedParty: { id: party.id, '@referredType': 'Individual' },
  });
  const card = (number: string) => ({ number, expiryMonth: 12, expiryYear: 2030, cvc: '123', holderName: 'OLGA OVERDUE' });
  await call(request, 'POST', `/api/v1/customers/${customer.id}/payment-cards`, card('4242424242424242'));
  await call(request, 'POST', '/tmf-api/accountManagement/v4/billingAccount', {
    name: `Olga ${familyName} — main account`,
    relatedParty: [{ id: customer.id, role: 'owner' }],
  });
  await call(request, 'POST', `/api/v1/customers/${customer.id}/payment-cards`, card('5555555555554444'));
  await call(request, 'PATCH', `/tmf-api/customerManagement/v4/customer/${customer.id}`, {
    status: 'suspended',
    statusReason: 'Payment overdue',
  });
  await call(request, 'PATCH', `/tmf-api/party/v4/individual/${party.id}`, { middleName: 'Petrovna' });
  return { id: customer.id, partyId: party.id };
}

for (const size of SIZES) {
  test(`the 360 page tells one story at ${size.width} px: overview, billing account's card, history labels`, async ({ page, request }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const customer = await suspendedCustomer(request);
    await signIn(page);
    await page.goto(`/customers/${customer.id}`);

    const overview = page.getByTestId('customer-overview');
    await expect(overview.getByTestId('overview-status')).toContainText('Suspended');
    await expect(overview.getByTestId('overview-status-reason')).toHaveText('Payment overdue');
    await expect(overview.getByTestId('overview-payment-method')).toContainText('Visa •••• 4242');
    await expect(overview.getByTestId('overview-cases')).toContainText('0 open of 0');
    await expect(overview.getByTestId('overview-last-contact')).toContainText('Nothing sent yet');
    // Not reachable for marketing on any channel, with the reason; service messages still reach Email and SMS.
    const email = overview.locator('[data-testid="reach-channel"][data-channel="Email"]');
    await expect(email.getByTestId('reach-marketing')).toHaveAttribute('data-reachable', 'false');
    await expect(email.getByTestId('reach-service')).toHaveAttribute('data-reachable', 'true');
    await expect(email.getByTestId('reach-reason')).toContainText('suspended (Payment overdue)');
    await expect(overview.locator('[data-testid="reach-marketing"][data-reachable="true"]')).toHaveCount(0);
    await expect(overview.locator('[data-channel="SMS"]').getByTestId('reach-service')).toHaveAttribute('data-reachable', 'true');
    await expectNoSidewaysScroll(page);

    // The billing account charges the card marked default, and says so.
    await page.getByTestId('customer-tab-billing-accounts').click();
    await expect(page.getByTestId('billing-account-default-method')).toHaveText('Visa •••• 4242');
    const balance = await page.getByTestId('billing-account-balance').innerText();
    await expect(overview.getByTestId('overview-balance-amount')).toHaveText(balance);
    await expectNoSidewaysScroll(page);

    // Make the Mastercard the default: the account and the overview follow.
    await page.getByTestId('customer-tab-payment-methods').click();
    const mastercard = page.getByTestId('payment-method').filter({ hasText: '4444' });
    await mastercard.getByRole('button', { name: 'Make default' }).click();
    await expect(mastercard.getByTestId('default-badge')).toBeVisible();
    await expect(overview.getByTestId('overview-payment-method')).toContainText('Mastercard •••• 4444');
    await page.getByTestId('customer-tab-billing-accounts').click();
    await expect(page.getByTestId('billing-account-default-method')).toHaveText('Mastercard •••• 4444');

    // The Channels tab tells the same story: service messages only, not "available" in green.
    await page.getByTestId('customer-tab-channels').click();
    await expect(page.getByTestId('client-availability')).toHaveText(
      'Service messages only: marketing does not reach a suspended or closed customer.',
    );

    // History names attributes in words.
    await page.getByTestId('customer-tab-history').click();
    await expect(page.getByTestId('history-field').filter({ hasText: 'Middle name' }).first()).toBeVisible();
    await expect(page.getByTestId('history-field').filter({ hasText: /^middleName$/ })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });
}

test('another customer’s overview is not found for someone who may not see them', async ({ page, request }) => {
  const response = await request.get('/api/v1/customers/99999999/overview', { headers: AS_ADMIN });
  expect(response.status()).toBe(404);
  await signIn(page);
  await page.goto('/customers/99999999');
  await expect(page.getByRole('alert')).toContainText('does not exist, or is not yours to see');
  await expect(page.getByTestId('customer-overview')).toHaveCount(0);
});
