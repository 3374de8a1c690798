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

/**
 * Keeps every text the import's progress line shows, in order: the stages pass too quickly to be
 * caught one by one with assertions.
 */
async function recordProgressTexts(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressTexts: seen });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress-text"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressTexts: string[] }).progressTexts);
}

/** Sends uploads at `bytesPerSecond` (DevTools throttling), so that a file takes seconds to go out as on a slow line. */
async function slowUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
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

    test('a large CSV shows how much of it is sent, then the lines the server checks, then the report', async ({ page, request }) => {
      const lines = 20_000;
      const start = BigInt(`49178${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
      const body = `number\n${Array.from({ length: lines }, (_, index) => (start + BigInt(index)).toString()).join('\n')}\n`;
      const kilobytes = (body.length / 1000).toFixed(1);
      await page.goto('/numbers/import');
      await page.getByTestId('import-mode-csv').click();
      const pool = `e2e-${start.toString().slice(5)}`;
      await page.getByLabel('Pool (optional)').fill(pool);
      await page.getByTestId('import-file').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
      await expect(page.getByText(`many.csv (${kilobytes} KB)`)).toBeVisible();
      const progressTexts = await recordProgressTexts(page);
      // About three seconds to send: the bar moves through the upload.
      await slowUploads(page, 100_000);
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('import-progress')).toBeVisible();
      await expect(page.getByTestId('import-report')).toContainText('Received 20,000; imported 20,000; already in the pool 0.', {
        timeout: 30_000,
      });
      await expect(page.getByTestId('import-progress')).toHaveCount(0);

      const seen = await progressTexts();
      const sending = seen.filter((text) => text.startsWith('Sending'));
      expect(sending.length, `the upload's progress is shown as it goes: ${seen.join(' | ')}`).toBeGreaterThan(2);
      for (const text of sending)
        expect(text).toMatch(new RegExp(`^Sending \\d{1,3}% \\([\\d.]+ of ${kilobytes.replace('.', '\\.')} KB\\)$`));
      const percents = sending.map((text) => Number(/(\d+)%/.exec(text)?.[1]));
      expect(percents, 'the percent only grows').toEqual([...percents].sort((a, b) => a - b));
      expect(
        percents.some((percent) => percent > 0 && percent < 100),
        `a percent between 0 and 100 is shown: ${percents}`,
      ).toBe(true);
      expect(seen.at(-1)).toBe('Sent. Checking 20,000 lines and importing them…');

      // The server has them all, in the pool named.
      const counts = await request.get('/api/v1/numbers/counts', { headers: { Authorization: ADMIN_AUTHORIZATION } });
      const ours = ((await counts.json()) as { pool: string; resourceType: string; status: string; count: number }[]).filter(
        (row) => row.pool === pool,
      );
      expect(ours).toEqual([{ pool, resourceType: 'msisdn', status: 'available', count: lines }]);
      await expectNoSidewaysScroll(page);
    });
  });
}
