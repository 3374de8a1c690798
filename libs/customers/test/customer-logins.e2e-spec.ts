import { ADMIN_AUTH, type TestApp } from '@contactly/platform/testing';
import { createCustomersTestApp, newAffiliate, newIndividualCustomer, newSubscriberLogin } from './customers-test-app.js';

const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';
const METHODS = '/tmf-api/paymentMethod/v4/paymentMethod';

type AuditEntry = { action: string; actor: { username: string }; changes: Record<string, { before: unknown; after: unknown }> };

describe('the logins of a customer that is gone or closed', () => {
  let t: TestApp;

  const card = { number: '4242424242424242', expiryMonth: 12, expiryYear: 2030, cvc: '123', holderName: 'GONE CUSTOMER' };
  const signIn = (auth: string) => t.http.post('/api/v1/auth').set('Authorization', auth);
  const userOf = async (userId: number) =>
    (await t.http.get(`/api/v1/users/${userId}`).set('Authorization', ADMIN_AUTH).expect(200)).body as {
      active: boolean;
      customerId: number;
    };
  const auditOf = async (userId: number) =>
    (
      await t.http
        .get('/api/v1/audit')
        .query({ resourceType: 'user', resourceId: String(userId) })
        .set('Authorization', ADMIN_AUTH)
        .expect(200)
    ).body as AuditEntry[];

  /** A subscriber signed in once (so their credentials sit in the cache), with a card on file. */
  async function signedInSubscriber(auth = ADMIN_AUTH) {
    const customer = await newIndividualCustomer(t, auth);
    const login = await newSubscriberLogin(t, Number(customer.id));
    expect((await signIn(login.auth).expect(200)).body).toMatchObject({ kind: 'customer' });
    await t.http.post(`/api/v1/customers/${customer.id}/payment-cards`).set('Authorization', login.auth).send(card).expect(201);
    await t.http.get(METHODS).set('Authorization', login.auth).expect(200);
    return { customer, login };
  }

  /** Signed out at once, everywhere, and the deactivation is on the user's record and in its audit. */
  async function expectLockedOut(customerId: string, login: { userId: number; auth: string }, actor: string) {
    expect((await signIn(login.auth).expect(401)).body).toMatchObject({ '@type': 'Error', status: '401' });
    await t.http.get(METHODS).set('Authorization', login.auth).expect(401);
    await t.http.post(`/api/v1/customers/${customerId}/payment-cards`).set('Authorization', login.auth).send(card).expect(401);
    await t.http.get('/api/v1/self-service/profile').set('Authorization', login.auth).expect(401);
    expect((await userOf(login.userId)).active).toBe(false);
    const deactivation = (await auditOf(login.userId)).find((entry) => entry.changes.active?.after === false);
    expect(deactivation).toMatchObject({ actor: { username: actor }, changes: { active: { before: true, after: false } } });
  }

  beforeAll(async () => {
    t = await createCustomersTestApp();
  });
  afterAll(() => t.close());

  it('disables the subscriber login when staff delete the customer', async () => {
    const { customer, login } = await signedInSubscriber();
    const bystander = await signedInSubscriber();
    await t.http.delete(`${CUSTOMERS}/${customer.id}`).set('Authorization', ADMIN_AUTH).expect(204);
    await expectLockedOut(customer.id, login, 'Admin');
    // Only that customer's logins.
    await signIn(bystander.login.auth).expect(200);
    expect((await userOf(bystander.login.userId)).active).toBe(true);
  });

  it('disables the subscriber login when the owning affiliate deletes the customer', async () => {
    const affiliate = await newAffiliate(t, ADMIN_AUTH);
    const { customer, login } = await signedInSubscriber(affiliate.auth);
    await t.http.delete(`${CUSTOMERS}/${customer.id}`).set('Authorization', affiliate.auth).expect(204);
    const actor = ((await signIn(affiliate.auth).expect(200)).body as { username: string }).username;
    await expectLockedOut(customer.id, login, actor);
  });

  it.each(['active', 'suspended'])('disables the subscriber login when the customer is closed (from %s)', async (from) => {
    const { customer, login } = await signedInSubscriber();
    if (from !== 'active')
      await t.http.patch(`${CUSTOMERS}/${customer.id}`).set('Authorization', ADMIN_AUTH).send({ status: from }).expect(200);
    await t.http
      .patch(`${CUSTOMERS}/${customer.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ status: 'closed', statusReason: 'Moved away' })
      .expect(200);
    await expectLockedOut(customer.id, login, 'Admin');
  });

  it('keeps a suspended customer able to sign in (to see and pay what is due)', async () => {
    const { customer, login } = await signedInSubscriber();
    await t.http
      .patch(`${CUSTOMERS}/${customer.id}`)
      .set('Authorization', ADMIN_AUTH)
      .send({ status: 'suspended', statusReason: 'Unpaid bill' })
      .expect(200);
    await signIn(login.auth).expect(200);
    await t.http.get(METHODS).set('Authorization', login.auth).expect(200);
    await t.http.get(`${CUSTOMERS}/${customer.id}`).set('Authorization', login.auth).expect(200);
    expect((await userOf(login.userId)).active).toBe(true);
    expect((await auditOf(login.userId)).some((entry) => entry.changes.active?.after === false)).toBe(false);
  });

  it('leaves the logins alone when closing is refused', async () => {
    const { customer, login } = await signedInSubscriber();
    // A subscriber may not close their own record: refused, and they stay signed in.
    await t.http.patch(`${CUSTOMERS}/${customer.id}`).set('Authorization', login.auth).send({ status: 'closed' }).expect(403);
    // A stale version is refused (412) before anything changes.
    await t.http
      .patch(`${CUSTOMERS}/${customer.id}`)
      .set('Authorization', ADMIN_AUTH)
      .set('If-Match', '"999"')
      .send({ status: 'closed' })
      .expect(412);
    await signIn(login.auth).expect(200);
    expect((await userOf(login.userId)).active).toBe(true);
  });
});
