import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type CustomerSummary = Schemas['CustomerSummaryDto'];
export type CustomerStatus = Schemas['CustomerView']['status'];
export type Segment = CustomerSummary['segment'];
export type PartyType = CustomerSummary['partyType'];
export type BillingAccount = Schemas['PartyAccountView'];
export type PaymentMethod = Schemas['PaymentMethodView'];
/** One audit entry; `changes` holds each changed attribute's value before and after. */
export type AuditEntry = Omit<Schemas['AuditEntryDto'], 'changes'> & { changes: Record<string, { before?: unknown; after?: unknown }> };
export type Affiliate = Schemas['AffiliateDto'];

/** The characteristic keys of a TMF contact medium (the generated type knows none of them). */
export interface MediumCharacteristic {
  emailAddress?: string;
  phoneNumber?: string;
  street1?: string;
  street2?: string;
  city?: string;
  postCode?: string;
  stateOrProvince?: string;
  country?: string;
}

export interface ContactMedium {
  mediumType: 'email' | 'phone' | 'postalAddress';
  preferred: boolean;
  characteristic: MediumCharacteristic;
}

/** A TMF629 customer, with its contact media typed. */
export type Customer = Omit<Schemas['CustomerView'], 'contactMedium'> & { contactMedium: ContactMedium[] };
export type Individual = Omit<Schemas['IndividualView'], 'contactMedium'> & { contactMedium: ContactMedium[] };
export type Organization = Omit<Schemas['OrganizationView'], 'contactMedium'> & { contactMedium: ContactMedium[] };

/** The engaged party of a customer: which TMF632 resource it is, and its record. */
export type Party = { type: 'individual'; record: Individual } | { type: 'organization'; record: Organization };

/** A record as read, with the ETag a write must send back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** One page of a list: the items and X-Total-Count. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PartyRef {
  type: PartyType;
  id: string;
}
