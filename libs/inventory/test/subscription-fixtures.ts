import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { newIndividualCustomer } from '@contactly/customers/testing';

export const PRODUCTS = '/tmf-api/productInventory/v4/product';
export const SUBSCRIPTIONS = '/api/v1/subscriptions';
const BILLING = '/tmf-api/accountManagement/v4/billingAccount';

export type Row = Record<string, unknown>;

/** A customer (made by `auth`) with an open billing account. */
export async function customerWithAccount(t: TestApp, auth = ADMIN_AUTH) {
  const customer = await newIndividualCustomer(t, auth);
  const account = (
    await t.http
      .post(BILLING)
      .set('Authorization', auth)
      .send({ name: 'Mobile', state: 'active', relatedParty: [{ id: customer.id }] })
      .expect(201)
  ).body as { id: string };
  return { customerId: customer.id, accountId: account.id };
}

/** The TMF create of a subscription, as `auth`. */
export const subscribe = (t: TestApp, auth: string, customerId: string, offeringId: number, extra: Row = {}) =>
  t.http
    .post(PRODUCTS)
    .set('Authorization', auth)
    .send({ relatedParty: [{ id: customerId, role: 'customer' }], productOffering: { id: String(offeringId) }, ...extra });

/** The outbox events of one product, in order. */
export async function productEvents(t: TestApp, id: string): Promise<{ type: string; body: Row }[]> {
  const rows = (await t.db.dataSource.query(
    "SELECT event_type, payload FROM outbox_event WHERE resource_type = 'product' AND resource_id = ? ORDER BY id",
    [id],
  )) as { event_type: string; payload: string }[];
  return rows.map((r) => ({ type: r.event_type, body: (JSON.parse(r.payload) as { product: Row }).product }));
}
