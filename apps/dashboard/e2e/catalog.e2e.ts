import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { asAdmin } from './catalog-world';
import { ADMIN_AUTHORIZATION, uniqueWord } from './console-seed';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const CATALOG = '/tmf-api/productCatalogManagement/v4';
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The page itself never scrolls sideways: wide content scrolls inside its card. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** Picks the option of an autocomplete by typing part of its name. */
async function pick(page: Page, label: string, name: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name }).click();
}

for (const size of SIZES) {
  test.describe(`the catalog admin on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
    });

    test('a price typed in euros, an offering created with it and launched step by step, refusals said in words', async ({
      page,
      request,
    }) => {
      const word = uniqueWord();
      const specification = await asAdmin<{ id: string; name: string }>(request, 'POST', `${CATALOG}/productSpecification`, {
        name: `Spec ${word}`,
        resourceSpecification: [{ id: 'msisdn' }, { id: 'iccid' }],
      });

      // The price: "12,50" in euros, shown formatted in the list.
      await page.goto('/productOfferingPrice/create');
      await page.getByLabel(/^Name/).fill(`Monthly ${word}`);
      await page.getByLabel('Amount (€)').fill('12,505');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Use at most two decimals (whole cents)')).toBeVisible();
      // The notification saying so covers the toolbar on a phone until it goes (not while the pointer rests on it).
      await page.mouse.move(0, 0);
      await expect(page.getByText('The form is not valid')).toBeHidden();
      await page.getByLabel('Amount (€)').fill('12,50');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('lifecycle-status')).toHaveText('In study');
      await page.goto(`/productOfferingPrice?filter=${encodeURIComponent(JSON.stringify({ name: `Monthly ${word}` }))}`);
      await expect(page.getByText('€12.50 / month')).toBeVisible();
      await expectNoSidewaysScroll(page);

      // The offering: its specification and price picked by name.
      await page.goto('/productOffering/create');
      await page.getByLabel(/^Name/).fill(`Mobile ${word}`);
      await pick(page, 'Specification', specification.name);
      await pick(page, 'Prices', `Monthly ${word}`);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('lifecycle-status')).toHaveText('In study');
      await expectNoSidewaysScroll(page);

      // Only the allowed next states are offered; each move is confirmed.
      const actions = page.getByTestId('lifecycle-actions');
      await expect(actions.getByRole('button')).toHaveText(['To design', 'Make obsolete']);
      for (const [button, status] of [
        ['To design', 'In design'],
        ['To test', 'In test'],
        ['Activate', 'Active'],
        ['Launch', 'Launched'],
      ] as const) {
        await actions.getByRole('button', { name: button }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
        await expect(page.getByTestId('lifecycle-status')).toHaveText(status);
      }
      await expect(actions.getByRole('button')).toHaveText(['Retire']);
      const id = new URL(page.url()).pathname.split('/').pop();
      const offering = await asAdmin<{ lifecycleStatus: string; productOfferingPrice: { name: string }[] }>(
        request,
        'GET',
        `${CATALOG}/productOffering/${id}`,
      );
      expect(offering.lifecycleStatus).toBe('launched');
      expect(offering.productOfferingPrice.map((price) => price.name)).toEqual([`Monthly ${word}`]);

      // Someone retires it and makes it obsolete meanwhile: "Retire" here is refused (409), said in words.
      await asAdmin(request, 'PATCH', `${CATALOG}/productOffering/${id}`, { lifecycleStatus: 'retired' });
      await asAdmin(request, 'PATCH', `${CATALOG}/productOffering/${id}`, { lifecycleStatus: 'obsolete' });
      await actions.getByRole('button', { name: 'Retire' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByTestId('lifecycle-refusal')).toHaveText('It is Obsolete now, so it cannot become Retired: Obsolete is final.');
      await page.reload();
      await expect(page.getByTestId('lifecycle-status')).toHaveText('Obsolete');
      await expect(actions.getByRole('button')).toHaveCount(0);

      // The price is used by the launched offering: deleting it is refused, in the server's words naming what uses it.
      await page.goto(`/productOfferingPrice?filter=${encodeURIComponent(JSON.stringify({ name: `Monthly ${word}` }))}`);
      await page.getByText(`Monthly ${word}`).click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText(/is still referred to by 1 product offering/)).toBeVisible();
      await expect(page.getByText('/tmf-api/')).toHaveCount(0);
    });

    if (size.name === 'desktop') {
      test('a dump on demand shows its progress, then its counts, size and SHA-256', async ({ page }) => {
        await page.goto('/catalog-dumps');
        await page.getByTestId('dump-now').click();
        await expect(page.getByTestId('dump').first()).toContainText(/[0-9a-f]{64}/, { timeout: 30_000 });
        await expect(page.getByTestId('dump').first()).toContainText('Written');
        await expect(page.getByTestId('dump-download')).toBeEnabled();
        const download = page.waitForEvent('download');
        await page.getByTestId('dump-download').click();
        expect((await download).suggestedFilename()).toMatch(/\.gz$/);
      });
    }
  });
}
