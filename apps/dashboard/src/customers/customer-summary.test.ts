import { describe, expect, it } from 'vitest';
import { owningAffiliate, primaryContact, segmentOf, summaryOf } from './customer-summary';
import type { ContactMedium, Customer } from './customer-types';

const media: ContactMedium[] = [
  { mediumType: 'email', preferred: false, characteristic: { emailAddress: 'old@example.com' } },
  { mediumType: 'email', preferred: true, characteristic: { emailAddress: 'maria@example.com' } },
  { mediumType: 'phone', preferred: false, characteristic: { phoneNumber: '+447700900123' } },
];

const customer = (overrides: Partial<Customer> = {}): Customer => ({
  id: '16',
  href: 'http://x/tmf-api/customerManagement/v4/customer/16',
  name: 'Maria Novak',
  status: 'active',
  statusReason: null,
  validFor: { startDateTime: null },
  engagedParty: { id: '16', href: 'http://x/tmf-api/party/v4/individual/16', name: 'Maria Novak', '@referredType': 'Individual' },
  contactMedium: media,
  characteristic: [{ name: 'segment', valueType: 'string', value: 'B2C' }],
  relatedParty: [
    { id: '3', href: 'http://x/api/v1/affiliates/3', name: 'Sunrise Connect', role: 'affiliate', '@referredType': 'Affiliate' },
  ],
  lastUpdate: '2026-11-23T07:00:00.000Z',
  '@type': 'Customer',
  ...overrides,
});

describe('customer summary', () => {
  it('picks the preferred contact, else the first of its type', () => {
    expect(primaryContact(media, 'email')).toBe('maria@example.com');
    expect(primaryContact(media, 'phone')).toBe('+447700900123');
    expect(primaryContact([], 'phone')).toBeNull();
  });

  it('reads the segment, falling back on the kind of party', () => {
    expect(segmentOf(customer())).toBe('B2C');
    expect(segmentOf(customer({ characteristic: [], engagedParty: { ...customer().engagedParty, '@referredType': 'Organization' } }))).toBe(
      'B2B',
    );
  });

  it('finds the owning affiliate', () => {
    expect(owningAffiliate(customer())).toEqual({ id: 3, name: 'Sunrise Connect' });
    expect(owningAffiliate(customer({ relatedParty: [] }))).toBeNull();
  });

  it('turns a TMF629 customer into a search result row', () => {
    expect(summaryOf(customer())).toEqual({
      id: 16,
      href: 'http://x/tmf-api/customerManagement/v4/customer/16',
      name: 'Maria Novak',
      partyType: 'individual',
      segment: 'B2C',
      status: 'active',
      email: 'maria@example.com',
      phone: '+447700900123',
      affiliateId: 3,
    });
  });
});
