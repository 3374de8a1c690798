import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { expectSignedInAs } from './signed-in';
import { choose } from './choose-option';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
// The seeded catalogs answer in the browser's language: English here.
test.use({ locale: 'en-US' });

const ADMIN = { username: 'Admin', password: 'admin' };
const AS_ADMIN = { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` };
const SURVEY = 4;
const EMAIL = 3;

const uniqueWord = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

async function call<T>(request: APIRequestContext, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
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

/** The page itself never scrolls sideways (tables and lists scroll inside their cards). */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const tooWide = (el: Element) => el.getBoundingClientRect().width > window.innerWidth + 1;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // The innermost elements wider than the screen: what to fix when this fails.
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => tooWide(el) && ![...el.children].some(tooWide))
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 30)} ${Math.round(el.getBoundingClientRect().width)}: ${(el.textContent ?? '').slice(0, 30)}`,
        ),
    };
  });
  expect(scrollWidth, `wider than the screen: ${wide.join(' | ')}`).toBeLessThanOrEqual(innerWidth);
}

/** Four clients of one family: two reachable by email, one without an email, one unavailable. */
async function setup(request: APIRequestContext, word: string) {
  const family = `Smith${word}`;
  const client = (firstName: string, more: object) =>
    call<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', { firstName, lastName: family, ...more });
  await client('Anna', { email: `anna.${word}@example.com` });
  await client('Boris', { phone: `+7916${String(Date.now()).slice(-7)}` });
  await client('Vera', { email: `vera.${word}@example.com`, available: false });
  await client('Gleb', { email: `gleb.${word}@example.com` });
  const company = await call<{ companyId: number }>(request, 'POST', '/api/v1/companies', { name: `Company ${word}` });
  const department = await call<{ departmentId: number; name: string }>(request, 'POST', '/api/v1/departments', {
    companyId: company.companyId,
    name: `Surveys ${word}`,
  });
  await call(request, 'POST', '/api/v1/rules', {
    departmentId: department.departmentId,
    name: `Email surveys ${word}`,
    allowed: [{ communicationTypeId: SURVEY, sendChannelTypeId: EMAIL }],
    timeZone: 'Europe/Moscow',
  });
  const document = await call<{ name: string }>(request, 'POST', '/api/v1/documents', {
    name: `Question ${word}`,
    kind: 'text',
    subject: 'A question',
    body: 'How are we doing?',
  });
  return { family, department, document };
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px: a group is made in the dashboard; compose shows who will get it, keeps the draft over a reload, picks several clients in a row, and confirms with the number`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    const word = uniqueWord();
    const { family, department, document } = await setup(request, word);
    await signIn(page);

    // A client group, made and filled on its own screens.
    await page.goto('/client_groups');
    await expect(page.getByText('Client groups').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto('/client_groups/create');
    const groupName = `Friends ${word}`;
    await page.getByRole('textbox', { name: 'Name' }).fill(groupName);
    const members = page.getByRole('combobox', { name: 'Clients' });
    for (const first of ['Anna', 'Gleb']) {
      await members.fill(family);
      await page.getByRole('option', { name: new RegExp(`^${first} ${family}`) }).click();
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/client_groups\/\d+$/);
    await expect(page.getByText('Clients (2)')).toBeVisible();
    await expectNoSidewaysScroll(page);
    const groups = await call<{ name: string; clientCount: number }[]>(request, 'GET', `/api/v1/client_groups?name=${groupName}`);
    expect(groups).toMatchObject([{ name: groupName, clientCount: 2 }]);

    // Compose to the family, picked from one search without reopening the list.
    await page.goto('/communications/create');
    const name = `Autumn survey ${word}`;
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await choose(page, 'Type', 'Survey');
    await choose(page, 'Channel', 'Email');
    await choose(page, 'Document', `${document.name} (text)`);
    await choose(page, 'Department', department.name);
    const clients = page.getByRole('combobox', { name: 'Clients' });
    await clients.fill(family);
    for (const first of ['Anna', 'Boris', 'Vera', 'Gleb'])
      await page.getByRole('option', { name: new RegExp(`^${first} ${family}`) }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await expect(clients).toHaveValue(family);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: new RegExp(`^(Anna|Boris|Vera|Gleb) ${family}`) })).toHaveCount(4);

    // Before sending: who will get it, who not, and why.
    const estimate = page.getByTestId('send-estimate');
    await expect(estimate).toHaveText('2 of 4 recipients will get it');
    const skipped = page.getByTestId('estimate-skipped');
    await expect(skipped).toHaveCount(2);
    const noAddress = skipped.filter({ hasText: 'no address for this channel' });
    await noAddress.click();
    await expect(noAddress.getByRole('link', { name: new RegExp(`^Boris ${family}`) })).toBeVisible();
    await expect(skipped.filter({ hasText: 'not available' })).toHaveText(/^1 skipped/);
    await expectNoSidewaysScroll(page);

    // The draft survives a reload.
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    await expect(page.getByRole('button', { name: new RegExp(`^(Anna|Boris|Vera|Gleb) ${family}`) })).toHaveCount(4);
    await expect(estimate).toHaveText('2 of 4 recipients will get it');

    // Send asks first, with the number.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Send to 2 of 4 recipients?', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await dialog.getByRole('button', { name: 'Back to the draft' }).click();
    await expect(dialog).toBeHidden();
    expect(await call<unknown[]>(request, 'GET', `/api/v1/mailings?name=${encodeURIComponent(name)}`)).toHaveLength(0);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.getByTestId('confirm-send').click();
    await expect(page).toHaveURL(/\/mailings\/\d+\/show$/);
    await expect(page.getByTestId('mailing-accepted')).toHaveText('2');
    await expect(page.getByTestId('mailing-skipped')).toHaveText('2');

    // Sent: the draft is gone; the new group is there to pick.
    await page.goto('/communications/create');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    await page.getByRole('button', { name: 'Saved group' }).click();
    await choose(page, 'Group', `${groupName} (2)`);
    await expect(page.getByTestId('recipient-count')).toContainText('2 recipients');
  });
}
