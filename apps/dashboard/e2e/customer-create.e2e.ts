import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { expectSignedInAs } from './signed-in';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const AS_ADMIN = { Authorization: `Basic ${Buffer.from('Admin:admin').toString('base64')}` };
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** Letters only, so names and emails of one run never meet another's. */
const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');
/** A number in Ofcom's drama range (07700 900000–900999), which the server accepts as a UK mobile. */
const dramaNumber = () => String(Math.floor(Math.random() * 1000)).padStart(3, '0');

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: AS_ADMIN });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('Username').fill('Admin');
  await page.getByLabel('Password').fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectSignedInAs(page, 'Admin');
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

for (const viewport of VIEWPORTS) {
  test(`a possible duplicate is shown before create, and "Create anyway" creates it; the phone is normalised (${viewport.name})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const family = `Dupont${uniqueWord()}`;
    const email = `${family.toLowerCase()}@example.com`;
    const digits = dramaNumber();
    // allowDuplicate: a drama number another test already gave someone is no concern of this seed (the page's warning is).
    const party = await call<{ id: string }>(request, 'POST', '/tmf-api/party/v4/individual?allowDuplicate=true', {
      givenName: 'Anna',
      familyName: family,
      contactMedium: [
        { mediumType: 'email', preferred: true, characteristic: { emailAddress: email } },
        { mediumType: 'phone', preferred: true, characteristic: { phoneNumber: `+447700900${digits}` } },
      ],
    });
    const existing = await call<{ id: string }>(request, 'POST', '/tmf-api/customerManagement/v4/customer', {
      name: `Anna ${family}`,
      engagedParty: { id: party.id },
    });

    await signIn(page);
    await page.goto('/customers/create');
    await page.getByRole('textbox', { name: 'Given name' }).fill('Anna');
    await page.getByRole('textbox', { name: 'Family name' }).fill(`${family}-Twin`);
    await page.getByRole('combobox', { name: 'Gender' }).click();
    await page.getByRole('option', { name: 'Female' }).click();
    await page.getByRole('combobox', { name: 'Nationality' }).click();
    await page.getByRole('option', { name: 'United Kingdom' }).click();

    // The phone is grouped as it is typed, checked for its region, and shown as it will be saved.
    const phone = page.getByRole('textbox', { name: 'Phone' });
    await phone.pressSequentially('0770090012');
    await expect(phone).toHaveValue('07700 90012');
    await expect(phone).toHaveAccessibleDescription(/Not a valid phone number in (the )?United Kingdom/);
    await phone.fill('');
    await phone.pressSequentially(`07700900${digits}`);
    await expect(phone).toHaveValue(`07700 900${digits}`);
    await expect(phone).toHaveAccessibleDescription(`Will be saved as +44 7700 900${digits}`);

    // The same phone as an existing customer: named, with a link to it, before anything is created.
    const warning = page.getByRole('alert', { name: 'This may be a customer who already exists' });
    await expect(warning).toContainText(`Anna ${family} (customer ${existing.id})`);
    await expect(warning).toContainText('same phone');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await expect(warning).toContainText('same email and phone');
    await expect(warning.getByRole('link', { name: `Anna ${family} (customer ${existing.id})` })).toHaveAttribute(
      'href',
      `/customers/${existing.id}`,
    );
    await expect(page.getByRole('button', { name: 'Create customer' })).toBeDisabled();
    await noHorizontalScroll(page);

    await warning.getByRole('button', { name: 'Create anyway' }).click();
    await expect(page).toHaveURL(/\/customers\/\d+$/);
    const created = /\/customers\/(\d+)$/.exec(page.url())![1];
    expect(created).not.toBe(existing.id);
    // (The 360 page's own width at 390 px is its own tests' business.)
    await expect(page.getByTestId('customer-name')).toHaveText(`Anna ${family}-Twin`);

    const saved = await call<{ contactMedium: { characteristic: Record<string, string> }[]; gender: string; nationality: string }>(
      request,
      'GET',
      `/tmf-api/party/v4/individual/${created}`,
    );
    expect(saved.contactMedium.map((m) => m.characteristic)).toContainEqual({ phoneNumber: `+447700900${digits}` });
    expect(saved).toMatchObject({ gender: 'female', nationality: 'GB' });
  });
}
