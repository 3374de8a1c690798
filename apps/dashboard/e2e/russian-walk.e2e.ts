import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../playwright.config';
import { CATALOG_DUMPS_PATH } from '../src/layout/navigation';
import { asAdmin } from './catalog-world';
import { choose } from './choose-option';
import { settle } from './page-fit';
import { expectOnlyRussian } from './russian-text';

test.skip(!existsSync(CHROMIUM_PATH), `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const CATALOG = '/tmf-api/productCatalogManagement/v4';
const PASSWORD = 'Correct-Horse-42';

/** Digits that set this run's records apart (names stay Russian: a Latin word on the page is what the walk looks for). */
const runMark = () => String(Math.floor(Math.random() * 1e8)).padStart(8, '0');

interface RussianWorld {
  username: string;
  authorization: string;
  mark: string;
  offering: { id: string; name: string };
  priceId: string;
  specificationId: string;
  categoryId: string;
  catalogId: string;
  customerId: string;
  firstNumber: string;
}

/** A catalog, a customer with a subscription and a reservation, and a dump, all named in Russian; and an administrator of its own. */
async function russianWorld(request: APIRequestContext): Promise<RussianWorld> {
  const mark = runMark();
  const username = `e2e.ru.${mark}`;
  await asAdmin(request, 'POST', '/api/v1/users', { username, displayName: 'Проверка Переводов', password: PASSWORD, roles: ['admin'] });
  const specification = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productSpecification`, {
    name: `Спецификация тарифа ${mark}`,
    resourceSpecification: [{ id: 'msisdn' }],
    productSpecCharacteristic: [
      { name: 'Интернет', valueType: 'number', productSpecCharacteristicValue: [{ value: 20, unitOfMeasure: 'ГБ' }] },
    ],
  });
  const price = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productOfferingPrice`, {
    name: `Абонентская плата ${mark}`,
    priceType: 'recurring',
    recurringChargePeriodType: 'month',
    price: { unit: 'EUR', value: 19.99 },
    tax: [{ taxCategory: 'VAT', taxRate: 20 }],
  });
  const name = `Тариф «Семейный» ${mark}`;
  const offering = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productOffering`, {
    name,
    productSpecification: { id: specification.id },
    productOfferingPrice: [{ id: price.id }],
  });
  for (const status of ['inDesign', 'inTest', 'active', 'launched'])
    await asAdmin(request, 'PATCH', `${CATALOG}/productOffering/${offering.id}`, { lifecycleStatus: status });
  const category = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/category`, {
    name: `Семейные тарифы ${mark}`,
    productOffering: [{ id: offering.id }],
  });
  const catalog = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/catalog`, {
    name: `Каталог для частных клиентов ${mark}`,
    catalogType: 'потребительский',
    category: [{ id: category.id }],
  });

  const client = await asAdmin<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Ирина',
    lastName: `Переводова${mark}`,
    email: `irina.${mark}@example.com`,
  });
  const customerId = String(client.clientId);
  const account = await asAdmin<{ id: string }>(request, 'POST', '/tmf-api/accountManagement/v4/billingAccount', {
    name: `Лицевой счёт ${mark}`,
    relatedParty: [{ id: customerId, role: 'customer', '@referredType': 'Customer' }],
  });
  // Ending in 0: its five numbers share all digits but the last, so one pattern finds exactly them.
  const firstNumber = `49175${mark.slice(0, 7)}0`;
  await asAdmin(request, 'POST', '/api/v1/numbers/imports', {
    resourceType: 'msisdn',
    from: firstNumber,
    to: (BigInt(firstNumber) + 4n).toString(),
  });
  const [resource] = await asAdmin<{ id: string }[]>(
    request,
    'GET',
    `/tmf-api/resourceInventoryManagement/v4/resource?resourceType=msisdn&value=${firstNumber}`,
  );
  await asAdmin(request, 'POST', '/tmf-api/productInventory/v4/product', {
    productOffering: { id: offering.id },
    billingAccount: { id: account.id },
    relatedParty: [{ id: customerId, role: 'customer' }],
    realizingResource: [{ id: resource.id }],
  });
  await asAdmin(request, 'POST', '/api/v1/numbers/reservations', {
    resourceType: 'msisdn',
    value: (BigInt(firstNumber) + 1n).toString(),
    customer: { id: customerId },
  });
  await asAdmin(request, 'POST', '/api/v1/catalog/dumps', {});
  return {
    username,
    authorization: `Basic ${Buffer.from(`${username}:${PASSWORD}`).toString('base64')}`,
    mark,
    offering: { id: offering.id, name },
    priceId: price.id,
    specificationId: specification.id,
    categoryId: category.id,
    catalogId: catalog.id,
    customerId,
    firstNumber,
  };
}

/** Follows a link inside the console (the router, not a reload), then waits for what the page loads. */
async function open(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settle(page);
}

const byName = (name: string) => `?filter=${encodeURIComponent(JSON.stringify({ name }))}`;

for (const size of SIZES) {
  test.describe(`the console in Russian on a ${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the catalog admin, the number pool and the Subscriptions tab speak Russian, with no English and no message keys', async ({
      page,
      request,
    }) => {
      test.setTimeout(180_000);
      const world = await russianWorld(request);
      // Latin data the pages show as it is: the signed-in user's name, the pool's id (`default`: ids are Latin by rule).
      const data = [world.username, 'default'];
      await page.addInitScript((authorization) => sessionStorage.setItem('contactly.authorization', authorization), world.authorization);
      await page.goto('/');

      // Switched in the app bar (behind its "more" button on a phone).
      const more = page.getByTestId('app-bar-more');
      await expect(page.getByTestId('signed-in-user').or(more)).toBeVisible();
      if (await more.isVisible()) await more.click();
      await page.getByTestId('language-switcher').click();
      await page.getByTestId('language-ru').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await page.keyboard.press('Escape');

      // The catalog: each list (filtered to this run's entry), its edit screen and the create screen.
      await open(page, `/productOffering${byName(world.offering.name)}`);
      await expect(page.getByRole('columnheader', { name: 'Название' })).toBeVisible();
      await expect(page.getByText('В продаже')).toBeVisible();
      await expectOnlyRussian(page, 'offerings', data);
      await open(page, `/productOffering/${world.offering.id}`);
      await expect(page.getByRole('button', { name: 'Снять с продажи' })).toBeVisible();
      await expect(page.getByLabel('Спецификация')).toBeVisible();
      await expectOnlyRussian(page, 'an offering', data);
      await open(page, '/productOffering/create');
      await expect(page.getByLabel(/^Название/)).toBeVisible();
      await expectOnlyRussian(page, 'a new offering', data);

      await open(page, `/productOfferingPrice${byName(`Абонентская плата ${world.mark}`)}`);
      await expect(page.getByText(/19,99\s€ в месяц/)).toBeVisible();
      await expectOnlyRussian(page, 'prices', data);
      await open(page, `/productOfferingPrice/${world.priceId}`);
      await expect(page.getByLabel(/^Сумма \(€\)/)).toHaveValue('19.99');
      await expectOnlyRussian(page, 'a price', data);

      await open(page, `/productSpecification${byName(`Спецификация тарифа ${world.mark}`)}`);
      await expect(page.getByText(`Спецификация тарифа ${world.mark}`)).toBeVisible();
      await expectOnlyRussian(page, 'specifications', data);
      await open(page, `/productSpecification/${world.specificationId}`);
      await expect(page.getByText('Характеристики').first()).toBeVisible();
      await expectOnlyRussian(page, 'a specification', data);

      await open(page, `/category${byName(`Семейные тарифы ${world.mark}`)}`);
      await expect(page.getByText(`Семейные тарифы ${world.mark}`)).toBeVisible();
      await expectOnlyRussian(page, 'categories', data);
      await open(page, `/category/${world.categoryId}`);
      await expect(page.getByLabel(/^Родительская категория/)).toBeVisible();
      await expectOnlyRussian(page, 'a category', data);
      await open(page, `/catalog/${world.catalogId}`);
      await expect(page.getByLabel(/^Тип каталога/)).toHaveValue('потребительский');
      await expectOnlyRussian(page, 'a catalog', data);

      await open(page, CATALOG_DUMPS_PATH);
      await expect(page.getByRole('heading', { level: 1, name: 'Выгрузки каталога' })).toBeVisible();
      await expect(page.getByTestId('dump').first()).toContainText('Записана');
      await expectOnlyRussian(page, 'dumps', data);

      // The number pool: counts, a search, an import and the reservations.
      await open(page, '/numbers');
      await expect(page.getByRole('heading', { level: 1, name: 'Пул номеров' })).toBeVisible();
      await expect(page.getByText('Номера по состояниям')).toBeVisible();
      await page.getByTestId('number-search-value').fill(`${world.firstNumber.slice(0, -1)}*`);
      await page.getByTestId('number-search-submit').click();
      await expect(page.getByTestId('number-row')).toHaveCount(5);
      await expect(page.getByTestId('number-row').filter({ hasText: world.firstNumber })).toContainText('Назначен');
      await settle(page);
      await expectOnlyRussian(page, 'the number pool', data);

      await open(page, '/numbers/import');
      await expect(page.getByRole('heading', { level: 1, name: 'Загрузка номеров' })).toBeVisible();
      const from = (BigInt(world.firstNumber) + 10n).toString();
      await page.getByTestId('import-from').fill(from);
      await page.getByTestId('import-to').fill((BigInt(from) + 2n).toString());
      await expect(page.getByTestId('import-range-size')).toHaveText('3 номера');
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('import-report')).toHaveText('Получено 3; загружено 3; уже были в пуле 0.');
      await expectOnlyRussian(page, 'an import', data);
      await page.getByTestId('import-mode-csv').click();
      await page.getByTestId('import-file').setInputFiles({
        name: 'номера.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${from}\n${BigInt(from) + 3n}\nабв\n`),
      });
      await page.getByTestId('import-submit').click();
      await expect(page.getByTestId('refused-line')).toHaveCount(1);
      await expectOnlyRussian(page, 'a refused CSV import', [...data, 'номера.csv']);

      await open(page, '/numbers/reservations');
      await expect(page.getByRole('heading', { level: 1, name: 'Резервы номеров' })).toBeVisible();
      await expect(page.getByTestId('reservation').filter({ hasText: `Клиент ${world.customerId}` })).toContainText('Действует');
      await expectOnlyRussian(page, 'reservations', data);
      await choose(page, 'Статус', 'Снят');
      await settle(page);
      await expectOnlyRussian(page, 'released reservations', data);

      // The customer's Subscriptions tab.
      await open(page, `/customers/${world.customerId}/subscriptions`);
      await expect(page.getByRole('heading', { level: 2, name: 'Подписки' })).toBeVisible();
      const subscription = page.getByTestId('subscription').filter({ hasText: world.offering.name });
      await expect(subscription.getByTestId('subscription-status')).toHaveText('Активна');
      await expect(subscription.getByTestId('subscription-number')).toHaveText(world.firstNumber);
      // The tabs and the Subscriptions tab itself (the overview above it shows the channels' names as they are stored).
      await expectOnlyRussian(page, 'the Subscriptions tab', data, '[role="tablist"], section[aria-labelledby="subscriptions-title"]');
      await subscription.getByTestId('subscription-cancel').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectOnlyRussian(page, 'the cancel dialog', data, '[role="dialog"]');
    });
  });
}
