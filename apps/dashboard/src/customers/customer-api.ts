import { api, unwrap } from '../api/client';
import { toApiError } from '../api/api-error';
import type { components } from '../api/schema';
import type {
  Affiliate,
  AuditEntry,
  BillingAccount,
  ContactMedium,
  Customer,
  CustomerStatus,
  CustomerSummary,
  Individual,
  Organization,
  Page,
  Party,
  PartyRef,
  PaymentMethod,
  Versioned,
} from './customer-types';

type Schemas = components['schemas'];
type Outcome<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** The id of a TMF resource as the typed paths take it. */
const numeric = (id: string | number) => Number(id);

async function readPage<T>(pending: Outcome<T[]>): Promise<Page<T>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response, error);
  const total = response.headers.get('X-Total-Count');
  const items = data ?? [];
  return { items, total: total === null ? items.length : Number(total) };
}

async function readVersioned<T, R = T>(pending: Outcome<T>): Promise<Versioned<R>> {
  const { data, error, response } = await pending;
  if (!response.ok) throw toApiError(response, error);
  return { data: data as unknown as R, etag: response.headers.get('ETag') };
}

const ifMatch = (etag: string | null) => (etag ? { 'If-Match': etag } : {});

// ——— search and lists ———

export const searchCustomers = (q: string, offset: number, limit: number, signal?: AbortSignal): Promise<Page<CustomerSummary>> =>
  readPage(api.GET('/api/v1/customers/search', { params: { query: { q, offset: String(offset), limit: String(limit) } }, signal }));

export interface CustomerListFilter {
  affiliateId?: number;
  status?: CustomerStatus;
  sort?: string;
}

export const listCustomers = (filter: CustomerListFilter, offset: number, limit: number, signal?: AbortSignal): Promise<Page<Customer>> =>
  readPage<Customer>(
    api.GET('/tmf-api/customerManagement/v4/customer', {
      params: {
        query: {
          offset,
          limit,
          sort: filter.sort ?? 'name',
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.affiliateId !== undefined ? { affiliateId: filter.affiliateId } : {}),
        },
      },
      signal,
    }) as Outcome<Customer[]>,
  );

export const listAffiliates = async (signal?: AbortSignal): Promise<Affiliate[]> =>
  unwrap(api.GET('/api/v1/affiliates', { params: { query: { sort: 'name', limit: 1000 } }, signal }));

// ——— the customer and its party ———

export const getCustomer = (id: string, signal?: AbortSignal): Promise<Versioned<Customer>> =>
  readVersioned<Schemas['CustomerView'], Customer>(
    api.GET('/tmf-api/customerManagement/v4/customer/{id}', { params: { path: { id: numeric(id) } }, signal }),
  );

/** Which TMF632 resource a customer's engaged party is. */
export const partyRefOf = (customer: Customer): PartyRef => ({
  type: customer.engagedParty['@referredType'] === 'Organization' ? 'organization' : 'individual',
  id: customer.engagedParty.id,
});

export async function getParty({ type, id }: PartyRef, signal?: AbortSignal): Promise<Versioned<Party>> {
  const path = { id: numeric(id) };
  if (type === 'organization') {
    const { data, etag } = await readVersioned<Schemas['OrganizationView'], Organization>(
      api.GET('/tmf-api/party/v4/organization/{id}', { params: { path }, signal }),
    );
    return { data: { type, record: data }, etag };
  }
  const { data, etag } = await readVersioned<Schemas['IndividualView'], Individual>(
    api.GET('/tmf-api/party/v4/individual/{id}', { params: { path }, signal }),
  );
  return { data: { type, record: data }, etag };
}

export interface IndividualFields {
  givenName?: string;
  familyName?: string;
  middleName?: string | null;
  title?: string | null;
  gender?: Schemas['CreateIndividualDto']['gender'];
  birthDate?: string | null;
  /** ISO 3166-1 alpha-2. */
  nationality?: Schemas['CreateIndividualDto']['nationality'];
}

export interface OrganizationFields {
  tradingName?: string;
  name?: string | null;
  organizationType?: string | null;
}

export type PartyPatch = (IndividualFields & OrganizationFields) & { contactMedium?: ContactMedium[] };

/** A merge patch of the party (profile or contact media); `contactMedium`, when sent, replaces them all. */
export async function patchParty({ type, id }: PartyRef, patch: PartyPatch, etag: string | null): Promise<Versioned<Party>> {
  const params = { path: { id: numeric(id) }, header: ifMatch(etag) };
  if (type === 'organization') {
    const { data, etag: next } = await readVersioned<Schemas['OrganizationView'], Organization>(
      api.PATCH('/tmf-api/party/v4/organization/{id}', { params, body: patch }),
    );
    return { data: { type, record: data }, etag: next };
  }
  const { data, etag: next } = await readVersioned<Schemas['IndividualView'], Individual>(
    api.PATCH('/tmf-api/party/v4/individual/{id}', { params, body: patch }),
  );
  return { data: { type, record: data }, etag: next };
}

export interface CustomerPatch {
  name?: string;
  status?: CustomerStatus;
  statusReason?: string | null;
}

export const patchCustomer = (id: string, patch: CustomerPatch, etag: string | null): Promise<Versioned<Customer>> =>
  readVersioned<Schemas['CustomerView'], Customer>(
    api.PATCH('/tmf-api/customerManagement/v4/customer/{id}', {
      params: { path: { id: numeric(id) }, header: ifMatch(etag) },
      body: patch,
    }),
  );

// ——— creating a customer: the party first, then the customer ———

export type NewParty =
  | {
      type: 'individual';
      fields: IndividualFields & { givenName: string; familyName: string };
      contactMedium: ContactMedium[];
      affiliateId?: number;
    }
  | { type: 'organization'; fields: OrganizationFields & { tradingName: string }; contactMedium: ContactMedium[]; affiliateId?: number };

const ownerOf = (affiliateId?: number) =>
  affiliateId === undefined ? {} : { relatedParty: [{ id: String(affiliateId), role: 'affiliate' }] };

/** `allowDuplicate`: create even when a customer with the same email or phone exists (else 409 POSSIBLE_DUPLICATE_CUSTOMER). */
const duplicateQuery = (allowDuplicate: boolean) => ({ query: allowDuplicate ? { allowDuplicate: 'true' as const } : {} });

export async function createParty(party: NewParty, allowDuplicate = false): Promise<Party> {
  const owner = ownerOf(party.affiliateId);
  const params = duplicateQuery(allowDuplicate);
  if (party.type === 'organization') {
    const record = await unwrap(
      api.POST('/tmf-api/party/v4/organization', { params, body: { ...party.fields, contactMedium: party.contactMedium, ...owner } }),
    );
    return { type: 'organization', record: record as Organization };
  }
  const record = await unwrap(
    api.POST('/tmf-api/party/v4/individual', { params, body: { ...party.fields, contactMedium: party.contactMedium, ...owner } }),
  );
  return { type: 'individual', record: record as Individual };
}

export const createCustomer = async (name: string, party: PartyRef, allowDuplicate = false): Promise<Customer> =>
  (await unwrap(
    api.POST('/tmf-api/customerManagement/v4/customer', {
      params: duplicateQuery(allowDuplicate),
      body: { name, engagedParty: { id: party.id, '@referredType': party.type === 'organization' ? 'Organization' : 'Individual' } },
    }),
  )) as unknown as Customer;

// ——— accounts and payment methods ———

export const listBillingAccounts = (customerId: string, signal?: AbortSignal): Promise<Page<BillingAccount>> =>
  readPage(
    api.GET('/tmf-api/accountManagement/v4/billingAccount', {
      params: { query: { relatedPartyId: customerId, sort: 'name', limit: 100 } },
      signal,
    }),
  );

export const listPaymentMethods = (customerId: string, signal?: AbortSignal): Promise<Page<PaymentMethod>> =>
  readPage(
    api.GET('/tmf-api/paymentMethod/v4/paymentMethod', {
      params: { query: { relatedPartyId: customerId, sort: 'id', limit: 100 } },
      signal,
    }),
  );

/**
 * A card as the card form hands it over: the payment gateway's single-use token (the number and
 * security code went from the browser to the gateway, never to our server) and the holder's name.
 */
export interface CardInput {
  token: string;
  holderName: string;
}

/** Adds a card on file; the customer's first card becomes the default anyway, a later one when `makeDefault`. */
export const addCard = (customerId: string, card: CardInput, makeDefault: boolean): Promise<PaymentMethod> =>
  unwrap(
    api.POST('/api/v1/customers/{id}/payment-cards', {
      params: { path: { id: numeric(customerId) } },
      body: { ...card, ...(makeDefault ? { isPreferred: true } : {}) },
    }),
  );

/** A new card (its gateway token) replaces the one on file; the method keeps its id. */
export const replaceCard = (methodId: string, card: CardInput): Promise<PaymentMethod> =>
  unwrap(
    api.PATCH('/tmf-api/paymentMethod/v4/paymentMethod/{id}', {
      params: { path: { id: numeric(methodId) } },
      body: { details: { token: card.token, nameOnCard: card.holderName } },
    }),
  );

export const preferPaymentMethod = (methodId: string): Promise<PaymentMethod> =>
  unwrap(
    api.PATCH('/tmf-api/paymentMethod/v4/paymentMethod/{id}', { params: { path: { id: numeric(methodId) } }, body: { isPreferred: true } }),
  );

export const removePaymentMethod = async (methodId: string): Promise<void> => {
  await unwrap(api.DELETE('/tmf-api/paymentMethod/v4/paymentMethod/{id}', { params: { path: { id: numeric(methodId) } } }));
};

// ——— history ———

export const readAudit = (resourceType: string, resourceId: string, limit: number, signal?: AbortSignal): Promise<Page<AuditEntry>> =>
  readPage(
    api.GET('/api/v1/audit', { params: { query: { resourceType, resourceId, limit: String(limit) } }, signal }) as Outcome<AuditEntry[]>,
  );
