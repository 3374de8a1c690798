import { stringCharacteristic, tmfHref } from '@contactly/platform';
import { toContactMediumView } from '../party/contact-media.js';
import { affiliateRefs, type AffiliateNames, partyRef } from '../party/party.mapper.js';
import type { PartyRecord } from '../party/party.repository.js';
import { CUSTOMER_PATH } from '../party/tmf-paths.js';
import type { CustomerView } from './dto/customer.dto.js';

/** TMF629 Customer: the customer face of a party. */
export function toCustomerView({ party, media }: PartyRecord, baseUrl: string, names: AffiliateNames): CustomerView {
  return {
    id: String(party.id),
    href: tmfHref(baseUrl, CUSTOMER_PATH, party.id),
    name: party.customerName ?? party.fullName,
    status: party.customerStatus ?? 'pending',
    statusReason: party.customerStatusReason,
    validFor: { startDateTime: party.customerSince?.toISOString() ?? null },
    engagedParty: partyRef(party, baseUrl),
    contactMedium: media.map(toContactMediumView),
    characteristic: [stringCharacteristic('segment', party.partyType === 'individual' ? 'B2C' : 'B2B')],
    relatedParty: affiliateRefs(party, baseUrl, names),
    lastUpdate: party.updatedAt.toISOString(),
    '@type': 'Customer',
  };
}
