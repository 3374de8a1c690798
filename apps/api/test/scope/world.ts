import { SYSTEM_PRINCIPAL } from '@contactly/platform';
import { ADMIN_AUTH, basic, type TestApp } from '@contactly/platform/testing';
import { UserService } from '@contactly/identity';
import { bindLoginToCustomer } from '@contactly/identity/testing';
import { insertOffering } from '@contactly/catalog/testing';

/** Who owns a record in the matrix: two affiliates and a subscriber of each. */
export type Owner = 'A1' | 'A2' | 'S1' | 'S2';
export const OWNERS: Owner[] = ['A1', 'A2', 'S1', 'S2'];

export interface MatrixPrincipal {
  name: Owner;
  kind: 'affiliate' | 'customer';
  auth: string;
  /** The owners whose records this principal may see: an affiliate its own and its subscriber's, a subscriber only itself. */
  sees: ReadonlySet<Owner>;
}

/** The kinds of customer-owned records (the `x-owned-resource` of a route) and, per owner, the id of one of each. */
export type RecordIds = Partial<Record<Owner, string>>;

export interface World {
  principals: MatrixPrincipal[];
  /** kind → owner → id. */
  records: Map<string, RecordIds>;
  /** TMF hub registrations: hub base path (`/tmf-api/party/v4/hub`) → owner → id. */
  hubs: Map<string, RecordIds>;
  affiliateIds: Record<'A1' | 'A2', number>;
  /** A channel and a department that exist, for routes that name them. */
  channelId: number;
  /** A launched offering, for the routes that subscribe a customer to one. */
  offeringId: number;
}

export const HUB_PATHS = [
  '/tmf-api/customerManagement/v4/hub',
  '/tmf-api/party/v4/hub',
  '/tmf-api/accountManagement/v4/hub',
  '/tmf-api/paymentMethod/v4/hub',
  '/tmf-api/productCatalogManagement/v4/hub',
  '/tmf-api/resourceInventoryManagement/v4/hub',
  '/tmf-api/productInventory/v4/hub',
];
export const ACCOUNT_KINDS = ['billingAccount', 'partyAccount', 'settlementAccount', 'financialAccount'];
export const CARD = { cardNumber: '4242424242424242', expirationDate: '12/30', cvc: '123', nameOnCard: 'MATRIX OWNER' };

/** Each world customer's email (customer id → email), for the routes that look customers up by it. */
export const CUSTOMER_EMAILS = new Map<string, string>();

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;

async function created(t: TestApp, auth: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await t.http
    .post(path)
    .set('Authorization', auth)
    .send(body as object);
  if (res.status !== 201) throw new Error(`world: POST ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

const idOf = (body: Record<string, unknown>, field = 'id') => String(body[field]);

async function newAffiliate(t: TestApp) {
  const code = `matrix-${unique()}`;
  const affiliate = await created(t, ADMIN_AUTH, '/api/v1/affiliates', { name: `Matrix ${code}`, code });
  const credential = await created(t, ADMIN_AUTH, `/api/v1/affiliates/${affiliate.id}/credentials`, {});
  return { id: Number(affiliate.id), auth: basic(String(credential.username), String(credential.password)) };
}

async function newSubscriber(t: TestApp, customerId: string) {
  const username = `matrix.sub.${unique()}`;
  const password = 'Matrix-Subscriber-9';
  const { body } = await t
    .get(UserService)
    .create({ username, displayName: username, password, roles: ['customer'], kind: 'customer' }, SYSTEM_PRINCIPAL);
  await bindLoginToCustomer(t, body.id, Number(customerId));
  return basic(username, password);
}

/** One customer of the given affiliate, with its party, accounts, payment method and channel block, all made by that affiliate. */
async function newCustomerWithRecords(
  t: TestApp,
  affiliateAuth: string,
  records: Map<string, RecordIds>,
  owner: Owner,
  channelId: number,
  offeringId: number,
) {
  const put = (kind: string, id: string) => records.set(kind, { ...records.get(kind), [owner]: id });
  const familyName = `Matrix${owner}${unique()}`;
  const party = await created(t, affiliateAuth, '/tmf-api/party/v4/individual', {
    givenName: 'Scope',
    familyName,
    contactMedium: [{ mediumType: 'email', preferred: true, characteristic: { emailAddress: `${familyName.toLowerCase()}@example.com` } }],
  });
  const customer = await created(t, affiliateAuth, '/tmf-api/customerManagement/v4/customer', {
    name: `Scope ${familyName}`,
    engagedParty: { id: party.id },
  });
  put('individual', idOf(party));
  put('customer', idOf(customer));
  CUSTOMER_EMAILS.set(idOf(customer), `${familyName.toLowerCase()}@example.com`);
  put('client', idOf(customer));
  for (const kind of ACCOUNT_KINDS)
    put(
      kind,
      idOf(
        await created(t, affiliateAuth, `/tmf-api/accountManagement/v4/${kind}`, {
          name: `${kind} of ${owner}`,
          relatedParty: [{ id: customer.id }],
        }),
      ),
    );
  put(
    'paymentMethod',
    idOf(
      await created(t, affiliateAuth, '/tmf-api/paymentMethod/v4/paymentMethod', {
        '@type': 'bankCard',
        name: `Card of ${owner}`,
        relatedParty: { id: customer.id },
        details: CARD,
      }),
    ),
  );
  put(
    'product',
    idOf(
      await created(t, affiliateAuth, '/tmf-api/productInventory/v4/product', {
        relatedParty: [{ id: customer.id, role: 'customer' }],
        productOffering: { id: String(offeringId) },
      }),
    ),
  );
  put(
    'channelBlock',
    idOf(
      await created(t, affiliateAuth, '/api/v1/channel_blocks', {
        clientId: Number(customer.id),
        sendChannelTypeId: channelId,
        reason: `Opt-out of ${owner}`,
      }),
      'channelBlockId',
    ),
  );
  // A number the administrator added, reserved by the affiliate for its customer: the customer's number and reservation.
  const number = await created(t, ADMIN_AUTH, '/tmf-api/resourceInventoryManagement/v4/resource', {
    resourceType: 'msisdn',
    value: `49159${String(Date.now()).slice(-6)}${String((sequence += 1) % 100).padStart(2, '0')}`,
  });
  const reservation = await created(t, affiliateAuth, '/api/v1/numbers/reservations', {
    resourceType: 'msisdn',
    value: number.value,
    customer: { id: customer.id },
  });
  put('resource', idOf(number));
  put('numberReservation', idOf(reservation));
  return String(customer.id);
}

/**
 * The matrix's world: affiliates A1 and A2, each with a customer of its own (records owned "A1",
 * "A2") and a subscriber S1 / S2 whose customer it brought (records owned "S1", "S2"); every kind
 * of customer-owned record for each; one communication to each client; hub registrations.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const records = new Map<string, RecordIds>();
  const hubs = new Map<string, RecordIds>();
  const channelId = 3;
  const { offeringId } = await insertOffering(t, { name: 'Matrix plan' });
  const a1 = await newAffiliate(t);
  const a2 = await newAffiliate(t);
  const customers: Record<Owner, string> = {
    A1: await newCustomerWithRecords(t, a1.auth, records, 'A1', channelId, offeringId),
    A2: await newCustomerWithRecords(t, a2.auth, records, 'A2', channelId, offeringId),
    S1: await newCustomerWithRecords(t, a1.auth, records, 'S1', channelId, offeringId),
    S2: await newCustomerWithRecords(t, a2.auth, records, 'S2', channelId, offeringId),
  };
  for (const [owner, auth] of [
    ['A1', a1.auth],
    ['A2', a2.auth],
  ] as const) {
    records.set('organization', {
      ...records.get('organization'),
      [owner]: idOf(
        await created(t, auth, '/tmf-api/party/v4/organization', {
          name: `Matrix Org ${owner} ${unique()}`,
          tradingName: `Matrix ${owner}`,
        }),
      ),
    });
    for (const hub of HUB_PATHS)
      hubs.set(hub, {
        ...hubs.get(hub),
        [owner]: idOf(await created(t, auth, hub, { callback: `https://${owner.toLowerCase()}.example.com/listener` })),
      });
  }
  await sendOneCommunicationEach(t, customers, records);
  const principals: MatrixPrincipal[] = [
    { name: 'A1', kind: 'affiliate', auth: a1.auth, sees: new Set(['A1', 'S1']) },
    { name: 'A2', kind: 'affiliate', auth: a2.auth, sees: new Set(['A2', 'S2']) },
    { name: 'S1', kind: 'customer', auth: await newSubscriber(t, customers.S1), sees: new Set(['S1']) },
    { name: 'S2', kind: 'customer', auth: await newSubscriber(t, customers.S2), sees: new Set(['S2']) },
  ];
  return { principals, records, hubs, affiliateIds: { A1: a1.id, A2: a2.id }, channelId, offeringId };
}

/** An administrator's mailing to the four clients: one communication each (sent or skipped, it is theirs). */
async function sendOneCommunicationEach(t: TestApp, customers: Record<Owner, string>, records: Map<string, RecordIds>) {
  const company = await created(t, ADMIN_AUTH, '/api/v1/companies', { name: `Matrix company ${unique()}` });
  const department = await created(t, ADMIN_AUTH, '/api/v1/departments', {
    companyId: company.companyId,
    name: `Matrix department ${unique()}`,
  });
  const document = await created(t, ADMIN_AUTH, '/api/v1/documents', {
    name: `Matrix text ${unique()}`,
    kind: 'text',
    subject: 'Hello',
    body: 'Hello there',
  });
  const mailing = await created(t, ADMIN_AUTH, '/api/v1/communications', {
    name: `Matrix mailing ${unique()}`,
    communicationTypeId: 2,
    sendChannelTypeId: 3,
    documentId: document.documentId,
    departmentId: department.departmentId,
    recipients: { clientIds: OWNERS.map((owner) => Number(customers[owner])) },
  });
  const list = await t.http
    .get('/api/v1/communications')
    .query({ mailingId: String(mailing.mailingId), limit: 100 })
    .set('Authorization', ADMIN_AUTH)
    .expect(200);
  const byClient = new Map(
    (list.body as { communicationId: number; clientId: number }[]).map((c) => [String(c.clientId), String(c.communicationId)]),
  );
  records.set('communication', Object.fromEntries(OWNERS.map((owner) => [owner, byClient.get(customers[owner]) as string])));
}
