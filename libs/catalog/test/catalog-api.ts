import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';

/** Paths and factories the TMF620 tests share: entries created over HTTP as the admin. */
export const API = '/tmf-api/productCatalogManagement/v4';
export const PATHS = {
  catalog: `${API}/catalog`,
  category: `${API}/category`,
  productSpecification: `${API}/productSpecification`,
  productOffering: `${API}/productOffering`,
  productOfferingPrice: `${API}/productOfferingPrice`,
} as const;

export type Row = Record<string, unknown> & { id: string; href: string };

let sequence = 0;
export const unique = (name: string) => `${name} ${Date.now().toString(36)}.${(sequence += 1)}`;

export async function post(t: TestApp, path: string, body: object, auth = ADMIN_AUTH): Promise<Row> {
  const response = await t.http.post(path).set('Authorization', auth).send(body);
  if (response.status !== 201) throw new Error(`POST ${path} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Row;
}

export const newSpecification = (t: TestApp, extra: object = {}) =>
  post(t, PATHS.productSpecification, { name: unique('Spec'), resourceSpecification: [{ id: 'msisdn' }, { id: 'iccid' }], ...extra });

export const newPrice = (t: TestApp, extra: object = {}) =>
  post(t, PATHS.productOfferingPrice, {
    name: unique('Monthly'),
    priceType: 'recurring',
    recurringChargePeriodType: 'month',
    price: { unit: 'EUR', value: 19.99 },
    ...extra,
  });

/** A launched offering with a launched specification and price of its own. */
export async function newLaunchedOffering(t: TestApp, extra: object = {}) {
  const spec = await newSpecification(t, { lifecycleStatus: 'launched' });
  const price = await newPrice(t, { lifecycleStatus: 'launched' });
  const offering = await post(t, PATHS.productOffering, {
    name: unique('Offering'),
    lifecycleStatus: 'launched',
    productSpecification: { id: spec.id },
    productOfferingPrice: [{ id: price.id }],
    ...extra,
  });
  return { spec, price, offering };
}

export async function eventsOf(t: TestApp, resourceType: string, id: string): Promise<string[]> {
  const rows = (await t.db.dataSource.query('SELECT event_type FROM outbox_event WHERE resource_type = ? AND resource_id = ? ORDER BY id', [
    resourceType,
    id,
  ])) as { event_type: string }[];
  return rows.map((row) => row.event_type);
}
