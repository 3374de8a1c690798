import type { ContactMedium, Customer, CustomerSummary, Segment } from './customer-types';

/** The preferred (else the first) value of one medium type, as lists and the header show it. */
export function primaryContact(media: readonly ContactMedium[], type: 'email' | 'phone'): string | null {
  const ofType = media.filter((medium) => medium.mediumType === type);
  const chosen = ofType.find((medium) => medium.preferred) ?? ofType[0];
  return (type === 'email' ? chosen?.characteristic.emailAddress : chosen?.characteristic.phoneNumber) ?? null;
}

/** B2C for an individual, B2B for an organization (the `segment` characteristic of TMF629). */
export function segmentOf(customer: Pick<Customer, 'characteristic' | 'engagedParty'>): Segment {
  const value = customer.characteristic.find((c) => c.name === 'segment')?.value;
  if (value === 'B2B' || value === 'B2C') return value;
  return customer.engagedParty['@referredType'] === 'Organization' ? 'B2B' : 'B2C';
}

/** The affiliate that owns the customer (relatedParty with role `affiliate`), if any. */
export function owningAffiliate(customer: Pick<Customer, 'relatedParty'>): { id: number; name: string } | null {
  const owner = customer.relatedParty.find((party) => party.role === 'affiliate');
  return owner ? { id: Number(owner.id), name: owner.name } : null;
}

/** A TMF629 customer as one row of the search results (the shape `GET /api/v1/customers/search` answers). */
export function summaryOf(customer: Customer): CustomerSummary {
  return {
    id: Number(customer.id),
    href: customer.href,
    name: customer.name,
    partyType: customer.engagedParty['@referredType'] === 'Organization' ? 'organization' : 'individual',
    segment: segmentOf(customer),
    status: customer.status,
    email: primaryContact(customer.contactMedium, 'email'),
    phone: primaryContact(customer.contactMedium, 'phone'),
    affiliateId: owningAffiliate(customer)?.id ?? null,
  };
}
