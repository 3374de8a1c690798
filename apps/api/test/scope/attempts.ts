import { CARD, CUSTOMER_EMAILS, type MatrixPrincipal, type Owner, type World } from './world.js';

/** How the matrix reads and addresses each kind of customer-owned record. */
export interface KindSpec {
  /** The attribute holding a record's id in list items. */
  idField: string;
  /** The list filter that names one record (`?id=`, `?clientId=`). */
  filter: string;
  /** The administrator's read of one record: before and after the attempts it must be the same. */
  adminGet?: (id: string) => string;
  /** What a write by someone else would change (a PATCH or PUT body), so that a missing scope check shows. */
  change?: Record<string, unknown>;
}

/** The affiliate behind an owner's records: its own, or the one that brought the subscriber. */
const affiliateRef = (world: World, owner: Owner) => ({
  id: String(world.affiliateIds[owner === 'A1' || owner === 'S1' ? 'A1' : 'A2']),
  role: 'affiliate',
});

const tmf = (path: string) => (id: string) => `${path}/${id}`;

export const KINDS: Record<string, KindSpec> = {
  customer: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/customerManagement/v4/customer'), change: { name: 'Hijacked' } },
  client: { idField: 'clientId', filter: 'clientId', adminGet: (id) => `/api/v1/clients/${id}`, change: { lastName: 'Hijacked' } },
  individual: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/party/v4/individual'), change: { familyName: 'Hijacked' } },
  organization: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/party/v4/organization'), change: { tradingName: 'Hijacked' } },
  billingAccount: {
    idField: 'id',
    filter: 'id',
    adminGet: tmf('/tmf-api/accountManagement/v4/billingAccount'),
    change: { name: 'Hijacked' },
  },
  partyAccount: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/accountManagement/v4/partyAccount'), change: { name: 'Hijacked' } },
  settlementAccount: {
    idField: 'id',
    filter: 'id',
    adminGet: tmf('/tmf-api/accountManagement/v4/settlementAccount'),
    change: { name: 'Hijacked' },
  },
  financialAccount: {
    idField: 'id',
    filter: 'id',
    adminGet: tmf('/tmf-api/accountManagement/v4/financialAccount'),
    change: { name: 'Hijacked' },
  },
  paymentMethod: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/paymentMethod/v4/paymentMethod'), change: { name: 'Hijacked' } },
  channelBlock: {
    idField: 'channelBlockId',
    filter: 'channelBlockId',
    adminGet: (id) => `/api/v1/channel_blocks/${id}`,
    change: { reason: 'Lifted by someone else' },
  },
  communication: {
    idField: 'communicationId',
    filter: 'communicationId',
    adminGet: (id) => `/api/v1/communications/${id}`,
    change: { status: 'read' },
  },
  // Numbers reserved for or assigned to a customer are theirs (available numbers everybody who reads numbers sees).
  resource: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/resourceInventoryManagement/v4/resource') },
  numberReservation: { idField: 'id', filter: 'id', adminGet: (id) => `/api/v1/numbers/reservations/${id}` },
  product: { idField: 'id', filter: 'id', adminGet: tmf('/tmf-api/productInventory/v4/product'), change: { name: 'Hijacked' } },
  // Registrations belong to the principal that made them; the owner removes them at the end (204 proves they survived).
  hubRegistration: { idField: 'id', filter: 'id' },
};

/** One attempt on a route that has no record id in its path: a create naming someone else's record, or a read with given parameters. */
export interface BodyAttempt {
  /** Path parameters that are not the owned record (a channel, say). */
  params?: Record<string, string>;
  query?: (foreign: string) => Record<string, string>;
  body?: (foreign: string, principal: MatrixPrincipal, world: World, owner: Owner) => Record<string, unknown>;
  /** The answers that keep the foreign record out of reach (besides 403 and 404). */
  alsoAccepted?: number[];
}

/**
 * Routes the generic attempts cannot drive alone: what to send so the attempt is about someone
 * else's record. A customer-owned route with no record id in its path and no entry here fails the
 * matrix (say how to attempt it, or why there is nothing to attempt).
 */
export const ROUTE_ATTEMPTS: Record<string, BodyAttempt | { nothingToAttempt: string }> = {
  'POST /tmf-api/customerManagement/v4/customer': {
    body: (partyId) => ({ name: 'Taken over', engagedParty: { id: partyId } }),
    alsoAccepted: [422],
  },
  // A party planted among another affiliate's customers: 400 (an affiliate creates for itself only).
  'POST /tmf-api/party/v4/individual': {
    body: (_id, _p, world, owner) => ({ givenName: 'Planted', familyName: 'Party', relatedParty: [affiliateRef(world, owner)] }),
    alsoAccepted: [400],
  },
  'POST /tmf-api/party/v4/organization': {
    body: (_id, _p, world, owner) => ({ name: 'Planted Org', tradingName: 'Planted', relatedParty: [affiliateRef(world, owner)] }),
    alsoAccepted: [400],
  },
  'POST /tmf-api/accountManagement/v4/billingAccount': {
    body: (customerId) => ({ name: 'Planted', relatedParty: [{ id: customerId }] }),
    alsoAccepted: [422],
  },
  'POST /tmf-api/accountManagement/v4/partyAccount': {
    body: (customerId) => ({ name: 'Planted', relatedParty: [{ id: customerId }] }),
    alsoAccepted: [422],
  },
  'POST /tmf-api/accountManagement/v4/settlementAccount': {
    body: (customerId) => ({ name: 'Planted', relatedParty: [{ id: customerId }] }),
    alsoAccepted: [422],
  },
  'POST /tmf-api/accountManagement/v4/financialAccount': {
    body: (customerId) => ({ name: 'Planted', relatedParty: [{ id: customerId }] }),
    alsoAccepted: [422],
  },
  'POST /tmf-api/paymentMethod/v4/paymentMethod': {
    body: (customerId) => ({ '@type': 'bankCard', name: 'Planted card', relatedParty: { id: customerId }, details: CARD }),
    alsoAccepted: [422],
  },
  'POST /api/v1/customers/{id}/payment-cards': {
    body: () => ({ number: CARD.cardNumber, expiryMonth: 12, expiryYear: 2030, cvc: CARD.cvc, holderName: CARD.nameOnCard }),
  },
  'POST /api/v1/channel_blocks': {
    body: (clientId, _p, world) => ({ clientId: Number(clientId), sendChannelTypeId: world.channelId === 1 ? 2 : 1, reason: 'Planted' }),
    alsoAccepted: [422],
  },
  'POST /api/v1/send_channel_types/{channel}/blocks': {
    params: { channel: '1' },
    body: (clientId) => ({ clientId: Number(clientId), reason: 'Planted' }),
    alsoAccepted: [422],
  },
  // The world's blocks are on channel 3 (see world.ts): listed by channel, each principal sees only its own.
  'GET /api/v1/send_channel_types/{channel}/blocks': { params: { channel: '3' } },
  'GET /api/v1/clients/availability': { query: (clientId) => ({ clientIds: clientId }) },
  // Another's customer, looked up by its email, is not a possible duplicate of the caller's new one.
  'GET /api/v1/customers/duplicates': { query: (customerId) => ({ email: CUSTOMER_EMAILS.get(customerId) ?? '' }) },
  'GET /api/v1/clients/{id}/availability/check': { query: () => ({ sendChannelTypeId: '1' }) },
  'PATCH /api/v1/communications/{communication}/status': { body: () => ({ status: 'read' }) },
  // A reservation for another's customer: 422 (the customer is not in the caller's scope), nothing reserved.
  'POST /api/v1/numbers/reservations': {
    body: (customerId) => ({ resourceType: 'msisdn', pattern: '*', customer: { id: customerId } }),
    alsoAccepted: [422],
  },
  'POST /tmf-api/resourceInventoryManagement/v4/hub': {
    nothingToAttempt: 'registers a listener of the caller; it names no existing record',
  },
  'POST /tmf-api/productInventory/v4/product': {
    body: (customerId, _p, world) => ({ relatedParty: [{ id: customerId }], productOffering: { id: String(world.offeringId) } }),
    alsoAccepted: [422],
  },
  'POST /api/v1/subscriptions/{id}/cancel': { body: () => ({ when: 'now', reason: 'unused' }) },
  'POST /api/v1/subscriptions/{id}/suspend': { body: () => ({ reason: 'Taken over' }) },
  'PATCH /api/v1/subscriptions/{id}': { body: () => ({ autoRenew: false }) },
  'POST /tmf-api/productInventory/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
  'POST /api/v1/clients/add': { nothingToAttempt: 'creates a new client of the caller; it names no existing record' },
  'POST /tmf-api/customerManagement/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
  'POST /tmf-api/party/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
  'POST /tmf-api/accountManagement/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
  'POST /tmf-api/paymentMethod/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
  'POST /tmf-api/productCatalogManagement/v4/hub': { nothingToAttempt: 'registers a listener of the caller; it names no existing record' },
};

/** The kind of record a create route names in its body (a customer is created from a party; a card for a customer). */
export const NAMED_KIND: Record<string, string> = {
  'POST /tmf-api/customerManagement/v4/customer': 'individual',
  'POST /tmf-api/party/v4/individual': 'individual',
  'POST /tmf-api/party/v4/organization': 'individual',
};
