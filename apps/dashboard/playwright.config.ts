import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium; Playwright never downloads a browser of its own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(`browser tests: SKIPPED, no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.e2e.ts',
  // The tests share one server and database: one at a time keeps them independent of each other.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The totals reporter feeds the CI summary (it does nothing without CONTACTLY_TOTALS_FILE).
  reporter: [['list'], ['../../scripts/playwright-totals-reporter.cjs']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.DASHBOARD_URL ?? 'http://localhost:8181',
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
