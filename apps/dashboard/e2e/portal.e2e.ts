import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { uniqueMobile } from './unique-mobile';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

// The browser tests' server starts without demo data (SEED_DEMO_DATA=false), with the first user Admin / admin.
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const AS_ADMIN = { Authorization: basic('Admin', 'admin') };
const PASSWORD = 'Portal-Secret-42';
/** The SQLite file of the server under test (scripts/browser-tests.sh exports it): the expired-code test moves a code's expiry. */
const DATABASE = process.env.BROWSER_TEST_DATABASE;

/** The server's own SQLite driver (the root workspace's), typed only as far as this test uses it. */
interface SqliteDatabase {
  prepare(sql: string): { run(...values: unknown[]): { changes: number } };
  close(): void;
}
async function openDatabase(file: string): Promise<SqliteDatabase> {
  const driver = 'better-sqlite3';
  const { default: Database } = (await import(driver)) as { default: new (file: string) => SqliteDatabase };
  return new Database(file);
}

const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

/** The newest code the dev mailbox received for the address, once it is newer than `after` codes. */
async function codeSentTo(request: APIRequestContext, email: string, count = 1): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`/api/v1/dev/mailbox?recipient=${encodeURIComponent(email)}&purpose=registration-otp`, {
        headers: AS_ADMIN,
      });
      const messages = (await response.json()) as { body: string }[];
      code = messages.length >= count ? /\b(\d{6})\b/.exec(messages[0].body)?.[1] : undefined;
      return code;
    })
    .toBeDefined();
  return code!;
}

async function fillRegistration(page: Page, who: { givenName: string; familyName: string; email: string; phone: string }) {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Create your account' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await page.getByLabel('First name').fill(who.givenName);
  await page.getByLabel('Last name').fill(who.familyName);
  await page.getByRole('textbox', { name: 'Email' }).fill(who.email);
  await page.getByLabel(/Mobile phone/).fill(who.phone);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(page.getByTestId('code-sent')).toContainText(who.email);
}

const newPerson = () => {
  const word = uniqueWord();
  return {
    givenName: 'Maria',
    familyName: `Portal${word}`,
    email: `portal.${word}@example.com`,
    phone: uniqueMobile(),
  };
};

/** The page is never wider than the screen (tables and cards scroll or wrap inside it). */
async function expectNoSideways(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1440, height: 900 },
]) {
  test.describe(`the subscriber portal on a ${viewport.name} (${viewport.width} × ${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a new subscriber registers with the code, edits the details, adds a card, blocks a channel, and finds no one else’s page', async ({
      page,
      request,
    }) => {
      const me = newPerson();
      await fillRegistration(page, me);
      await expectNoSideways(page);
      await page.getByLabel('Code', { exact: true }).fill(await codeSentTo(request, me.email));
      await page.getByRole('button', { name: 'Confirm and sign in' }).click();

      // Signed in: the portal, not the console.
      await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
      await expect(page.getByText('Your roles open none')).toHaveCount(0);
      await expectNoSideways(page);
      const nav = page.getByRole('navigation', { name: 'My account' });
      await expect(nav.getByRole('link')).toHaveCount(4);

      // My details.
      await nav.getByRole('link', { name: 'My details' }).click();
      await expect(page.getByLabel('Last name')).toHaveValue(me.familyName);
      await page.getByLabel('Last name').fill(`${me.familyName}-Smith`);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Your details are saved')).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Last name')).toHaveValue(`${me.familyName}-Smith`);
      // A phone that is no number: said at the field, in words, not as an API path.
      await page.getByLabel('Phone').fill('12');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByLabel('Phone')).toHaveAccessibleDescription(/international format/);
      await expect(page.getByRole('alert')).not.toContainText('contactMedium');
      await page.getByRole('link', { name: 'Change password' }).click();
      await expect(page.getByRole('heading', { name: 'Change my password' })).toBeVisible();
      await expect(page.getByLabel('Current password')).toBeVisible();
      await expectNoSideways(page);

      // A card: the console's card form.
      await nav.getByRole('link', { name: 'Payment methods' }).click();
      await expect(page.getByText('You have no card on file yet.')).toBeVisible();
      await page.getByRole('button', { name: 'Add card' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
      await dialog.getByLabel('Expiry (MM/YY)').fill('12/30');
      await dialog.getByLabel('CVC').fill('123');
      await dialog.getByLabel('Name on card').fill('MARIA PORTAL');
      await dialog.getByRole('button', { name: 'Add card' }).click();
      await expect(page.getByTestId('masked-card')).toHaveText(/4242/);
      await expect(page.getByTestId('default-badge')).toBeVisible();
      await expectNoSideways(page);

      // Block SMS: the switch goes off, and the server has the block for me.
      await nav.getByRole('link', { name: 'Messages' }).click();
      const sms = page.getByRole('switch', { name: 'Messages by SMS' }).or(page.getByRole('checkbox', { name: 'Messages by SMS' }));
      await expect(sms).toBeChecked();
      await sms.click();
      await expect(page.getByText('We will not write to you by SMS')).toBeVisible();
      await expect(sms).not.toBeChecked();
      const mine = basic(me.email, PASSWORD);
      const channels = (await (await request.get('/api/v1/self-service/channels', { headers: { Authorization: mine } })).json()) as {
        name: string;
        block: unknown;
      }[];
      expect(channels.find((c) => c.name === 'SMS')?.block).toMatchObject({ active: true });
      await expectNoSideways(page);

      // Another customer's page: the portal's 404, nothing of theirs; the API says 404 too.
      const other = await request.post('/api/v1/clients/add', {
        headers: AS_ADMIN,
        data: { firstName: 'Secret', lastName: `Neighbour${uniqueWord()}`, birthDate: '1980-01-01T00:00:00Z' },
      });
      expect(other.status()).toBe(201);
      const neighbour = (await other.json()) as { clientId: number; lastName: string };
      await page.goto(`/customers/${neighbour.clientId}`);
      await expect(page.getByTestId('portal-not-found')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.locator('body')).not.toContainText(neighbour.lastName);
      for (const path of [
        `/tmf-api/customerManagement/v4/customer/${neighbour.clientId}`,
        `/tmf-api/party/v4/individual/${neighbour.clientId}`,
      ]) {
        const response = await request.get(path, { headers: { Authorization: mine } });
        expect(response.status(), path).toBe(404);
        expect(await response.text()).not.toContain(neighbour.lastName);
      }
      // The subscriber's own customer address opens their details.
      const principal = (await (await request.post('/api/v1/auth', { headers: { Authorization: mine } })).json()) as { customerId: number };
      await page.goto(`/customers/${principal.customerId}`);
      await expect(page).toHaveURL(/\/profile$/);

      await page.getByTestId('logout').click();
      await expect(page).toHaveURL(/\/login$/);
    });

    test('an expired one-time code says so and a new code completes the registration', async ({ page, request }) => {
      test.skip(!DATABASE, 'BROWSER_TEST_DATABASE (the server’s SQLite file) is not set: run through scripts/browser-tests.sh');
      const me = newPerson();
      await fillRegistration(page, me);
      const code = await codeSentTo(request, me.email);
      const registrationId = new URL(page.url()).searchParams.get('registration');
      expect(registrationId).toMatch(/^[0-9a-f-]{36}$/);
      // Eleven minutes pass without waiting them: the code was sent, and stopped working, earlier.
      const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace('T', ' ').replace('Z', '');
      const db = await openDatabase(DATABASE!);
      try {
        const moved = db
          .prepare('UPDATE pending_registration SET last_sent_at = ?, otp_expires_at = ? WHERE id = ?')
          .run(minutesAgo(11), minutesAgo(1), registrationId);
        expect(moved.changes).toBe(1);
      } finally {
        db.close();
      }
      await page.getByLabel('Code', { exact: true }).fill(code);
      await page.getByRole('button', { name: 'Confirm and sign in' }).click();
      await expect(page.getByTestId('registration-error')).toHaveText(
        'This code has expired. Ask for a new code and enter it within 10 minutes.',
      );
      await expect(page.getByTestId('registration-error')).not.toContainText('/api/');
      await expectNoSideways(page);

      // The offered way on: a new code.
      await page.getByRole('button', { name: 'Send a new code' }).click();
      await expect(page.getByRole('status')).toHaveText('A new code is on its way. The previous one no longer works.');
      await page.getByLabel('Code', { exact: true }).fill(await codeSentTo(request, me.email, 2));
      await page.getByRole('button', { name: 'Confirm and sign in' }).click();
      await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    });
  });
}
