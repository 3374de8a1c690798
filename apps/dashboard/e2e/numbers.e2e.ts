import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { ADMIN_AUTHORIZATION } from './console-seed';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `the page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** The figure the counts table shows for free phone numbers. */
async function availableMsisdns(page: Page): Promise<number> {
  const cell = page.getByTestId('count-msisdn-available');
  await expect(cell).toBeVisible();
  return Number((await cell.innerText()).replace(/\D/g, ''));
}

for (const size of SIZES) {
  test.describe(`the number pool on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), ADMIN_AUTHORIZATION);
    });

    test('importing a range changes the counts; again reports duplicates; a CSV with a bad line names it; the counts come as CSV', async ({
      page,
    }) => {
      await page.goto('/numbers');
      await expect(page.getByTestId('counts-chart')).toBeVisible();
      const before = await availableMsisdns(page);
      await expectNoSidewaysScroll(page);

      const start = `49176${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const end = (BigInt(start) + 24n).toString();
      await page.goto('/numbers/import');
      await page.getByTestId('import-from').fill(start);
      await page.getByTestId('import-to').fill(end);
      await expect(page.getByTestId('import-range-size')).toHaveText('25 numbers');
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('import-report')).toContainText('imported 25');
      await expect(page.getByTestId('import-report')).toContainText('already in the pool 0');
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('import-report')).toContainText('imported 0');
      await expect(page.getByTestId('import-report')).toContainText('already in the pool 25');
      await expectNoSidewaysScroll(page);

      // A bad end is said in words before anything is sent.
      await page.getByTestId('import-to').fill('12');
      await expect(page.getByTestId('import-range-size')).toHaveText('Both ends must be numbers of 8 to 20 digits.');
      await expect(page.getByTestId('import-submit')).toBeDisabled();

      await page.goto('/numbers');
      await expect.poll(() => availableMsisdns(page)).toBe(before + 25);
      const download = page.waitForEvent('download');
      await page.getByTestId('counts-csv').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('number-counts.csv');

      // A CSV file with a bad line imports nothing and names the line; without it, the file is imported.
      const good = [(BigInt(start) + 100n).toString(), `${(BigInt(start) + 101n).toString()},Telekom`];
      await page.goto('/numbers/import');
      await page.getByTestId('import-mode-csv').click();
      const csv = (lines: string[]) => ({
        name: 'numbers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`number,donorOperator\n${lines.join('\n')}\n`),
      });
      await page.getByTestId('import-file').setInputFiles(csv([...good, 'abc']));
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('refused-line')).toHaveCount(1);
      await expect(page.getByTestId('refused-line')).toContainText('4');
      await expect(page.getByTestId('refused-line')).toContainText('is not an MSISDN');
      await page.getByTestId('import-file').setInputFiles(csv(good));
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('import-report')).toContainText('imported 2');
      await page.goto('/numbers');

      // The search finds the range by a pattern.
      await page.getByTestId('number-search-value').fill(`${start.slice(0, 11)}*`);
      await page.getByTestId('number-search-submit').click();
      await expect(page.getByTestId('number-row').first()).toContainText(start.slice(0, 11));
      await expectNoSidewaysScroll(page);
    });
  });
}
