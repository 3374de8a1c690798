import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN_AUTHORIZATION, uniqueWord } from './console-seed';

const CATALOG = '/tmf-api/productCatalogManagement/v4';

/** A JSON call as the administrator; anything but 2xx fails the test with the server's answer. */
export async function asAdmin<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(path, {
    method,
    data,
    headers: { Authorization: ADMIN_AUTHORIZATION, 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The lifecycle steps from study to launch, one move each. */
const TO_LAUNCH = ['inDesign', 'inTest', 'active', 'launched'];

export interface LaunchedOffering {
  offeringId: string;
  priceId: string;
  specificationId: string;
  name: string;
}

/** A specification needing an MSISDN, a monthly price in euros, and an offering selling them, launched. */
export async function launchedOffering(request: APIRequestContext, label = 'Mobil'): Promise<LaunchedOffering> {
  const word = uniqueWord();
  const specification = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productSpecification`, {
    name: `${label} ${word} spec`,
    resourceSpecification: [{ id: 'msisdn' }],
    productSpecCharacteristic: [
      { name: 'dataAllowance', valueType: 'number', productSpecCharacteristicValue: [{ value: 20, unitOfMeasure: 'GB' }] },
    ],
  });
  const price = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productOfferingPrice`, {
    name: `${label} ${word} monthly`,
    priceType: 'recurring',
    recurringChargePeriodType: 'month',
    price: { unit: 'EUR', value: 19.99 },
    tax: [{ taxCategory: 'VAT', taxRate: 20 }],
  });
  const name = `${label} ${word}`;
  const offering = await asAdmin<{ id: string }>(request, 'POST', `${CATALOG}/productOffering`, {
    name,
    productSpecification: { id: specification.id },
    productOfferingPrice: [{ id: price.id }],
  });
  for (const status of TO_LAUNCH) await asAdmin(request, 'PATCH', `${CATALOG}/productOffering/${offering.id}`, { lifecycleStatus: status });
  return { offeringId: offering.id, priceId: price.id, specificationId: specification.id, name };
}

/** A customer with an open billing account, through the API. */
export async function customerWithAccount(request: APIRequestContext, lastName: string): Promise<{ customerId: string }> {
  const client = await asAdmin<{ clientId: number }>(request, 'POST', '/api/v1/clients/add', {
    firstName: 'Ирина',
    lastName,
    email: `${lastName.toLowerCase()}.${uniqueWord()}@example.com`,
  });
  await asAdmin(request, 'POST', '/tmf-api/accountManagement/v4/billingAccount', {
    name: `Лицевой счёт ${lastName}`,
    relatedParty: [{ id: String(client.clientId), role: 'customer', '@referredType': 'Customer' }],
  });
  return { customerId: String(client.clientId) };
}

/** Ten fresh MSISDNs in the pool (a range no other run uses). */
export async function freshNumbers(request: APIRequestContext, count = 10): Promise<string> {
  const start = `49157${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const end = (BigInt(start) + BigInt(count - 1)).toString();
  await asAdmin(request, 'POST', '/api/v1/numbers/imports', { resourceType: 'msisdn', from: start, to: end });
  return start;
}

/** A subscription of the customer to the offering, with one of the fresh numbers. */
export async function subscribe(
  request: APIRequestContext,
  customerId: string,
  offering: LaunchedOffering,
  number: string,
): Promise<{ id: string }> {
  const [resource] = await asAdmin<{ id: string }[]>(
    request,
    'GET',
    `/tmf-api/resourceInventoryManagement/v4/resource?resourceType=msisdn&value=${number}`,
  );
  return asAdmin<{ id: string }>(request, 'POST', '/tmf-api/productInventory/v4/product', {
    productOffering: { id: offering.offeringId },
    relatedParty: [{ id: customerId, role: 'customer' }],
    realizingResource: [{ id: resource.id }],
  });
}
