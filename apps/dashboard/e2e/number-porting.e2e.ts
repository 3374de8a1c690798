import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { asAdmin, customerWithAccount, freshNumbers } from './catalog-world';
import { choose } from './choose-option';
import { ADMIN_AUTHORIZATION, uniqueWord } from './console-seed';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const RESOURCE = '/tmf-api/resourceInventoryManagement/v4/resource';
const RESERVATIONS = '/api/v1/numbers/reservations';

interface NumberView {
  value: string;
  status: string;
  portedIn: boolean;
  donorOperator: string | null;
  portingState: string | null;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** The pool's record of an MSISDN, read through the API. */
async function numberOnServer(request: APIRequestContext, value: string): Promise<NumberView | undefined> {
  const [number] = await asAdmin<NumberView[]>(request, 'GET', `${RESOURCE}?resourceType=msisdn&value=${value}`);
  return number;
}

/** Searches the pool for one number and returns its row. */
async function findRow(page: Page, value: string) {
  await page.getByTestId('number-search-value').fill(value);
  await page.getByTestId('number-search-submit').click();
  const row = page.getByTestId('number-row').filter({ hasText: value });
  await expect(row).toHaveCount(1);
  return row;
}

/** Opens the port-in dialog, fills it and sends it; returns the dialog. */
async function portIn(page: Page, number: string, donor: string) {
  await page.getByTestId('port-in').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Phone number').fill(number);
  await dialog.getByLabel('Donor operator').fill(donor);
  await dialog.getByRole('button', { name: 'Port in', exact: true }).click();
  return dialog;
}

/** An MSISDN that no other run uses (German mobile range 0179). */
const unusedNumber = () => `49179${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

for (const size of SIZES) {
  test.describe(`porting and reservations on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
    });

    test('a number ported in joins the pool tagged with its donor; a malformed one is refused in words', async ({ page, request }) => {
      const number = unusedNumber();
      const donor = `Telekom ${uniqueWord()}`;
      await page.goto('/numbers');

      const refused = await portIn(page, '12345', donor);
      await expect(refused.getByRole('alert')).toHaveText(
        'Please check: Value: is not an MSISDN (E.164: 8–15 digits with the country code, not starting with 0)',
      );
      expect(await numberOnServer(request, '12345')).toBeUndefined();
      await refused.getByRole('button', { name: 'Cancel' }).click();
      await expect(refused).toBeHidden();

      // Typed as people write it: spaces and a plus are dropped.
      const dialog = await portIn(page, `+${number.slice(0, 2)} ${number.slice(2, 5)} ${number.slice(5)}`, donor);
      await expect(page.getByText(`${number} is ported in from ${donor}.`)).toBeVisible();
      await expect(dialog).toBeHidden();
      expect(await numberOnServer(request, number)).toMatchObject({
        status: 'available',
        portedIn: true,
        donorOperator: donor,
        portingState: 'completed',
      });

      const row = await findRow(page, number);
      await expect(row).toContainText(`${donor} (completed)`);
      await expect(row).toContainText('Available');
      await expectNoSidewaysScroll(page);
    });

    test('a number ported out leaves the pool; porting it back in is refused in words', async ({ page, request }) => {
      const number = await freshNumbers(request, 1);
      await page.goto('/numbers');
      const row = await findRow(page, number);
      await expect(row).toContainText('Available');

      await row.getByRole('button', { name: 'Port out' }).click();
      const confirm = page.getByRole('dialog');
      await expect(confirm).toContainText(`Port ${number} out?`);
      await expect(confirm).toContainText('It leaves the pool for good');
      await confirm.getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText(`${number} is ported out and has left the pool.`)).toBeVisible();
      await expect(row).toContainText('Ported out');
      await expect(row.getByRole('button', { name: 'Port out' })).toHaveCount(0);
      expect(await numberOnServer(request, number)).toMatchObject({ status: 'portedOut', portingState: 'completed' });
      await expectNoSidewaysScroll(page);

      // Gone for good: the server refuses to take it back, and the dialog says why.
      const dialog = await portIn(page, number, 'Vodafone');
      await expect(dialog.getByRole('alert')).toHaveText(`${number} is ported out and cannot be used for this.`);
      await expect(dialog).toBeVisible();
      expect(await numberOnServer(request, number)).toMatchObject({ status: 'portedOut', portedIn: false });
    });

    test('releasing a reservation puts its number back in the pool; one released meanwhile is said to be over', async ({
      page,
      request,
    }) => {
      const { customerId } = await customerWithAccount(request, `Rezerv${uniqueWord()}`);
      const first = await freshNumbers(request, 2);
      const second = (BigInt(first) + 1n).toString();
      const reserve = (value: string) =>
        asAdmin<{ id: string }>(request, 'POST', RESERVATIONS, { resourceType: 'msisdn', value, customer: { id: customerId } });
      const reservation = await reserve(first);
      const other = await reserve(second);
      expect(await numberOnServer(request, first)).toMatchObject({ status: 'reserved' });

      await page.goto('/numbers/reservations');
      const row = page.getByTestId('reservation').filter({ hasText: first });
      await expect(row).toContainText('Active');
      await expect(row).toContainText(`Customer ${customerId}`);
      await expectNoSidewaysScroll(page);
      await row.getByRole('button', { name: 'Release' }).click();
      await expect(page.getByRole('dialog')).toContainText(`Release ${first}?`);
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText(`${first} is back in the pool.`)).toBeVisible();
      await expect(row).toHaveCount(0);
      expect(await asAdmin<{ status: string }>(request, 'GET', `${RESERVATIONS}/${reservation.id}`)).toMatchObject({ status: 'released' });
      expect(await numberOnServer(request, first)).toMatchObject({ status: 'available' });

      // Released elsewhere while the confirmation is open: the page says there was nothing left to release.
      const otherRow = page.getByTestId('reservation').filter({ hasText: second });
      await otherRow.getByRole('button', { name: 'Release' }).click();
      await asAdmin(request, 'DELETE', `${RESERVATIONS}/${other.id}`);
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(
        page.getByText(`The reservation of ${second} is no longer active (Released): there is nothing to release.`),
      ).toBeVisible();
      await expect(otherRow).toHaveCount(0);

      // The ended reservations are listed under their status.
      await choose(page, 'Status', 'Released');
      await expect(page.getByTestId('reservation').filter({ hasText: first })).toContainText('Released');
      await expect(page.getByTestId('reservation').filter({ hasText: first }).getByRole('button', { name: 'Release' })).toHaveCount(0);
      await expectNoSidewaysScroll(page);
    });
  });
}
