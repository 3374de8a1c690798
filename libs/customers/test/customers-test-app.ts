import { mergePersistence, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { basic, createTestApp, type TestApp, type TestAppOptions } from '@contactly/platform/testing';
import { IdentityModule, UserService } from '@contactly/identity';
import { IDENTITY_PERSISTENCE } from '@contactly/identity/persistence';
import { bindLoginToCustomer } from '@contactly/identity/testing';
import { CustomersModule } from '../src/index.js';
import { CUSTOMERS_PERSISTENCE } from '../src/persistence.js';

export const createCustomersTestApp = (options: Partial<TestAppOptions> = {}) =>
  createTestApp({
    modules: [IdentityModule, CustomersModule],
    ...mergePersistence(IDENTITY_PERSISTENCE, CUSTOMERS_PERSISTENCE),
    ...options,
  });

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence += 1)}`;

/** Factory: an affiliate with one API credential, as the affiliate admin screens create them. */
export async function newAffiliate(t: TestApp, admin: string) {
  const code = `aff-${next()}`;
  const affiliate = (
    await t.http
      .post('/api/v1/affiliates')
      .set('Authorization', admin)
      .send({ name: `Affiliate ${code}`, code })
      .expect(201)
  ).body as { id: number; name: string };
  const credential = (await t.http.post(`/api/v1/affiliates/${affiliate.id}/credentials`).set('Authorization', admin).expect(201)).body as {
    username: string;
    password: string;
  };
  return { ...affiliate, auth: basic(credential.username, credential.password) };
}

/** Factory: an individual made a customer, through the TMF APIs as the given principal. */
export async function newIndividualCustomer(
  t: TestApp,
  auth: string,
  input: { givenName?: string; familyName?: string; email?: string; phone?: string } = {},
) {
  const givenName = input.givenName ?? 'Test';
  const familyName = input.familyName ?? `Customer${next()}`;
  const contactMedium = [
    ...(input.email ? [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: input.email } }] : []),
    ...(input.phone ? [{ mediumType: 'phone', characteristic: { phoneNumber: input.phone } }] : []),
  ];
  const party = (
    await t.http.post('/tmf-api/party/v4/individual').set('Authorization', auth).send({ givenName, familyName, contactMedium }).expect(201)
  ).body as { id: string };
  const customer = (
    await t.http
      .post('/tmf-api/customerManagement/v4/customer')
      .set('Authorization', auth)
      .send({ name: `${givenName} ${familyName}`, engagedParty: { id: party.id } })
      .expect(201)
  ).body as { id: string; href: string };
  return { partyId: party.id, ...customer };
}

/** Factory: a subscriber's login (kind customer) bound to a customer. */
export async function newSubscriberLogin(t: TestApp, customerId: number) {
  const username = `sub.${next()}`;
  const password = 'Subscriber-Pass-9';
  const { body } = await t
    .get(UserService)
    .create({ username, displayName: username, password, roles: ['customer'], kind: 'customer' }, SYSTEM_PRINCIPAL);
  await bindLoginToCustomer(t, body.id, customerId);
  return { userId: body.id, auth: basic(username, password) };
}
