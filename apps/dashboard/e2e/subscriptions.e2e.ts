import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { asAdmin, customerWithAccount, freshNumbers, launchedOffering, subscribe } from './catalog-world';
import { ADMIN_AUTHORIZATION, uniqueWord } from './console-seed';
import { uniqueMobile } from './unique-mobile';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const PASSWORD = 'Portal-Secret-42';
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** A subscriber registered through the API (the code from the development mailbox); signs in with email and password. */
async function registeredSubscriber(request: APIRequestContext): Promise<{ customerId: string; email: string }> {
  const word = uniqueWord();
  const email = `subscriber.${word}@example.com`;
  const started = await asAdmin<{ registrationId: string }>(request, 'POST', '/api/v1/self-service/register', {
    givenName: 'Maria',
    familyName: `Abonent${word}`,
    email,
    phone: uniqueMobile(),
    password: PASSWORD,
  });
  let code: string | undefined;
  await expect
    .poll(async () => {
      const messages = await asAdmin<{ body: string }[]>(
        request,
        'GET',
        `/api/v1/dev/mailbox?recipient=${encodeURIComponent(email)}&purpose=registration-otp`,
      );
      code = /\b(\d{6})\b/.exec(messages[0]?.body ?? '')?.[1];
      return code;
    })
    .toBeDefined();
  const done = await asAdmin<{ customerId: string }>(request, 'POST', '/api/v1/self-service/register/verify', {
    registrationId: started.registrationId,
    code,
  });
  await asAdmin(request, 'POST', '/tmf-api/accountManagement/v4/billingAccount', {
    name: `Счёт ${word}`,
    relatedParty: [{ id: String(done.customerId), role: 'customer', '@referredType': 'Customer' }],
  });
  return { customerId: String(done.customerId), email };
}

const row = (page: Page, name: string) => page.getByTestId('subscription').filter({ hasText: name });

for (const size of SIZES) {
  test.describe(`subscriptions on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('an agent creates a subscription with a picked number, cancels it at period end, then undoes it', async ({ page, request }) => {
      const offering = await launchedOffering(request, 'Tarif');
      await freshNumbers(request, 10);
      const { customerId } = await customerWithAccount(request, `Podpiska${uniqueWord()}`);
      await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
      await page.goto(`/customers/${customerId}/subscriptions`);
      await expect(page.getByText('No subscriptions yet.')).toBeVisible();

      await page.getByTestId('subscription-create').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('subscription-offering').click();
      await page.getByRole('option', { name: offering.name }).click();
      await dialog.getByTestId('pick-number').click();
      await expect(dialog.getByText(/is reserved for this customer/)).toBeVisible();
      const number = await dialog.getByTestId('subscription-number-input').inputValue();
      expect(number).toMatch(/^\d{8,}$/);
      await dialog.getByTestId('subscription-create-submit').click();
      await expect(row(page, offering.name).getByTestId('subscription-status')).toHaveText('Active');
      await expect(row(page, offering.name).getByTestId('subscription-number')).toHaveText(number);
      await expect(row(page, offering.name)).toContainText('€19.99');
      await expectNoSidewaysScroll(page);

      // Cancel at period end, with a reason: the server's answer in words, the status says when it ends.
      await row(page, offering.name).getByTestId('subscription-cancel').click();
      await page.getByRole('dialog').getByTestId('cancel-confirm').click();
      await expect(page.getByRole('dialog').getByText('Choose a reason.')).toBeVisible();
      await page.getByRole('dialog').getByTestId('cancel-reason').click();
      await page.getByTestId('reason-too_expensive').click();
      await page.getByRole('dialog').getByTestId('cancel-confirm').click();
      await expect(page.getByText(new RegExp(`${offering.name} ends on`))).toBeVisible();
      await expect(row(page, offering.name).getByTestId('subscription-status')).toHaveText('Ends at period end');
      await expectNoSidewaysScroll(page);

      // Undo: back to active.
      await row(page, offering.name).getByTestId('subscription-undo').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText(/the cancellation is withdrawn/)).toBeVisible();
      await expect(row(page, offering.name).getByTestId('subscription-status')).toHaveText('Active');
      const [subscription] = await asAdmin<{ status: string; cancellation: unknown }[]>(
        request,
        'GET',
        `/tmf-api/productInventory/v4/product?relatedPartyId=${customerId}`,
      );
      expect(subscription).toMatchObject({ status: 'active', cancellation: null });
    });

    test('a subscriber cancels their own subscription in the portal, with a reason and a comment', async ({ page, request }) => {
      const offering = await launchedOffering(request, 'Portal');
      const first = await freshNumbers(request, 10);
      const me = await registeredSubscriber(request);
      await subscribe(request, me.customerId, offering, first);
      await page.addInitScript(
        (authorization) => sessionStorage.setItem('contactly.authorization', authorization),
        basic(me.email, PASSWORD),
      );
      await page.goto('/subscriptions');
      await expect(page.getByRole('heading', { name: 'My subscriptions' })).toBeVisible();
      await expect(row(page, offering.name).getByTestId('subscription-status')).toHaveText('Active');
      await expect(row(page, offering.name).getByTestId('subscription-suspend')).toHaveCount(0);
      await expectNoSidewaysScroll(page);

      // Auto-renewal off, confirmed.
      await row(page, offering.name).getByTestId('auto-renew').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText(/Auto-renewal of .* is off/)).toBeVisible();

      // "Other" needs words; then it ends now.
      await row(page, offering.name).getByTestId('subscription-cancel').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('cancel-now').click();
      await dialog.getByTestId('cancel-reason').click();
      await page.getByTestId('reason-other').click();
      await dialog.getByTestId('cancel-confirm').click();
      await expect(dialog.getByText('Please say a few words when the reason is “Other”.')).toBeVisible();
      await dialog.getByTestId('cancel-comment').fill('Ich ziehe ins Ausland');
      await dialog.getByTestId('cancel-confirm').click();
      await expect(page.getByText(new RegExp(`${offering.name} is terminated`))).toBeVisible();
      await expect(row(page, offering.name).getByTestId('subscription-status')).toHaveText('Terminated');
      await expect(row(page, offering.name).getByTestId('subscription-cancel')).toHaveCount(0);
      await expectNoSidewaysScroll(page);
    });
  });
}
