import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
const HUB = '/api/v1/support-hub';
/** The simulator's API key (docs/crm-simulator-contract.md); the server starts the simulators itself. */
const BANANA_HEADERS = { 'X-Banana-Key': 'banana-secret' };

/** Letters only: a provider name and a search word that no seeded case has. */
const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(ADMIN.username);
}

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The Banana simulator the server pulls from (it says where in /status). */
async function bananaUrl(request: APIRequestContext): Promise<string> {
  const status = await call<{ sources: { source: string; url: string | null }[] }>(request, 'GET', `${HUB}/status`);
  const url = status.sources.find((source) => source.source === 'banana')?.url;
  expect(url, 'the server runs the Banana simulator').toBeTruthy();
  return url as string;
}

/** A case written at the Banana CRM, as an agent there would; the hub sees it at its next refresh. */
async function newBananaCase(
  request: APIRequestContext,
  crm: string,
  fields: { vendor: string; errCode: string; title: string; customerRef?: string },
): Promise<string> {
  const response = await request.post(`${crm}/api/cases`, {
    headers: BANANA_HEADERS,
    data: {
      vendor: { name: fields.vendor },
      err_code: fields.errCode,
      state: 'OPEN',
      title: fields.title,
      ...(fields.customerRef ? { customer_ref: fields.customerRef } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { case_id: string }).case_id;
}

async function newCustomer(request: APIRequestContext, familyName: string, email: string): Promise<string> {
  const party = await call<{ id: string }>(request, 'POST', '/tmf-api/party/v4/individual', {
    givenName: 'Cara',
    familyName,
    contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: email } }],
  });
  const customer = await call<{ id: string }>(request, 'POST', '/tmf-api/customerManagement/v4/customer', {
    name: `Cara ${familyName}`,
    engagedParty: { id: party.id, '@referredType': 'Individual' },
  });
  return customer.id;
}

const totalOf = (text: string | null) => Number(/of (\d+)$/.exec(text ?? '')?.[1] ?? NaN);

test('an engineer refreshes the board, filters it, opens a case with its members and why, and reaches the customer and back', async ({
  page,
  request,
}) => {
  const word = uniqueWord();
  const vendor = `E2E Telco ${word}`;
  const email = `cara.${word}@example.com`;
  const crm = await bananaUrl(request);
  const customerId = await newCustomer(request, `Cases${word}`, email);
  await newBananaCase(request, crm, { vendor, errCode: 'E-4242', title: `No signal for ${word}`, customerRef: email.toUpperCase() });
  await newBananaCase(request, crm, { vendor: vendor.toUpperCase(), errCode: 'e4242', title: `Dropped calls for ${word}` });

  await signIn(page);
  await page.getByTestId('nav-support-hub').click();
  await expect(page).toHaveURL(/\/support-hub$/);

  // The Refresh button: enabled once the data is 15 minutes old (or never pulled), else counting down; an admin may force it.
  const refresh = page.getByTestId('hub-refresh');
  await expect(refresh).toHaveText(/^Refresh( in \d+:\d\d)?$/);
  if (await refresh.isEnabled()) {
    await refresh.click();
  } else {
    await expect(refresh).toHaveText(/^Refresh in \d+:\d\d$/);
    await page.getByTestId('hub-force-refresh').click();
  }
  await expect(page.getByTestId('hub-refresh-result')).toContainText('Refresh finished');
  // Just refreshed: disabled, with a countdown that runs.
  await expect(refresh).toBeDisabled();
  await expect(refresh).toHaveText(/^Refresh in 1[45]:\d\d$/);
  const shown = await refresh.textContent();
  await expect(refresh).not.toHaveText(shown ?? '');
  await expect(page.getByTestId('hub-refresh-hint')).toContainText('you can refresh again in');
  await expect(page.getByTestId('hub-freshness')).toHaveText('data is less than a minute old');
  await expect(page.getByTestId('source-health-banana')).toContainText('Healthy');

  // Rows, then the status filter narrows them (and lands in the URL).
  await expect(page.getByTestId('hub-case-row').first()).toBeVisible();
  const count = page.getByTestId('hub-case-count');
  await expect(count).toHaveText(/of \d+$/);
  const all = totalOf(await count.textContent());
  await page.getByTestId('hub-filter-status').click();
  await page.getByRole('option', { name: 'Closed' }).click();
  await expect(page).toHaveURL(/status=closed/);
  await expect(page.getByRole('heading', { name: 'Closed aggregated cases' })).toBeVisible();
  await expect(page.locator('[data-testid="hub-case-row"][data-status="open"]')).toHaveCount(0);
  await expect.poll(async () => totalOf(await count.textContent())).toBeLessThan(all);

  // The provider in the CRM's own spelling finds its group; closed has none of it, open has it.
  await page.getByTestId('hub-filter-provider').fill(vendor);
  await expect(page).toHaveURL(/provider=E2E/);
  await expect(page.getByTestId('hub-empty')).toBeVisible();
  await page.getByTestId('hub-filter-status').click();
  await page.getByRole('option', { name: 'Open' }).click();
  await expect(page.getByTestId('hub-case-row')).toHaveCount(1);
  await expect(page.getByTestId('hub-case-row')).toContainText('E4242');
  // The filters live in the URL: a reload shows the same view.
  await page.reload();
  await expect(page.getByTestId('hub-filter-provider')).toHaveValue(vendor);
  await expect(page.getByTestId('hub-filter-status')).toHaveText('Open');
  await expect(page.getByTestId('hub-case-row')).toHaveCount(1);

  // The case: both members, each saying why it is there (its normalized key and the steps to it).
  await page.getByTestId('hub-case-row').getByRole('link').click();
  await expect(page).toHaveURL(/\/support-hub\/aggregated-cases\/\d+$/);
  const casePath = new URL(page.url()).pathname;
  await expect(page.getByTestId('aggregated-case-count')).toHaveText('2');
  const members = page.getByTestId('member-row');
  await expect(members).toHaveCount(2);
  for (const member of await members.all()) {
    await expect(member.getByTestId('member-why-key')).toHaveText([`provider=e2e-telco-${word}`, 'errorCode=E4242']);
  }
  await expect(members.filter({ hasText: `No signal for ${word}` }).getByTestId('member-why')).toContainText('“E-4242” → “E4242”');

  // The member that names a known customer leads to their 360 page, whose Cases tab leads back.
  await members
    .filter({ hasText: `No signal for ${word}` })
    .getByTestId('member-customer-link')
    .click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}$`));
  await page.getByTestId('customer-tab-cases').click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}/cases$`));
  await expect(page.getByTestId('customer-case')).toHaveCount(1);
  await expect(page.getByTestId('customer-case')).toContainText(`No signal for ${word}`);
  await page.getByTestId('customer-case-link').click();
  await expect(page).toHaveURL(new RegExp(`${casePath}$`));
  await expect(page.getByTestId('member-row')).toHaveCount(2);
});

test('an engineer splits a case out with a reason, and merges it back', async ({ page, request }) => {
  const word = uniqueWord();
  const vendor = `E2E Split ${word}`;
  const crm = await bananaUrl(request);
  await newBananaCase(request, crm, { vendor, errCode: 'E-4343', title: `Keeper ${word}` });
  const mover = await newBananaCase(request, crm, { vendor, errCode: 'E-4343', title: `Mover ${word}` });
  await call(request, 'POST', `${HUB}/refresh?force=true&wait=true`);

  await signIn(page);
  await page.goto(`/support-hub?provider=${encodeURIComponent(vendor)}`);
  await expect(page.getByTestId('hub-case-row')).toHaveCount(1);
  await page.getByTestId('hub-case-row').getByRole('link').click();
  await expect(page.getByTestId('member-row')).toHaveCount(2);
  const original = new URL(page.url()).pathname.split('/').pop() as string;

  // Split: the reason is required, said next to the field.
  await page.getByRole('checkbox', { name: `Choose Banana case ${mover}` }).check();
  await page.getByTestId('open-split').click();
  await page.getByTestId('split-submit').click();
  await expect(page.getByRole('dialog')).toContainText('Say why');
  await page.getByTestId('split-reason').fill('Only the mover is affected');
  await page.getByTestId('split-submit').click();
  await expect(page).not.toHaveURL(new RegExp(`/aggregated-cases/${original}$`));
  await expect(page.getByTestId('aggregated-case-count')).toHaveText('1');
  await expect(page.getByText(`Split out of #${original} by ${ADMIN.username}`)).toBeVisible();
  await expect(page.getByTestId('member-why')).toContainText(`Split out by ${ADMIN.username}`);
  await expect(page.getByTestId('member-why')).toContainText('Only the mover is affected');

  // Merge back, found by search, keeping the original.
  await page.getByTestId('open-merge').click();
  await page.getByRole('combobox', { name: 'Aggregated case to merge with' }).fill(word);
  await page.getByRole('option', { name: new RegExp(`^#${original} `) }).click();
  await page.getByRole('radio', { name: `The chosen one (#${original})` }).check();
  await page.getByTestId('merge-reason').fill('Same fault after all');
  await page.getByTestId('merge-submit').click();
  await expect(page).toHaveURL(new RegExp(`/aggregated-cases/${original}$`));
  await expect(page.getByTestId('aggregated-case-count')).toHaveText('2');
  await expect(page.getByText(`merged in by ${ADMIN.username}`)).toBeVisible();
});
