import { tmfHref, tmfRef } from '@contactly/platform';
import { toContactMediumView } from './contact-media.js';
import type { PartyRecord } from './party.repository.js';
import type { Party } from './party.entity.js';
import { INDIVIDUAL_PATH, ORGANIZATION_PATH } from './tmf-paths.js';
import type { IndividualView } from './dto/individual.dto.js';
import type { OrganizationView } from './dto/organization.dto.js';

/** Names of the affiliates referred to by the records being shown. */
export type AffiliateNames = Map<number, string>;

export function affiliateRefs(party: Party, baseUrl: string, names: AffiliateNames) {
  if (party.affiliateId === null) return [];
  return [
    tmfRef({
      id: party.affiliateId,
      href: `${baseUrl}/api/v1/affiliates/${party.affiliateId}`,
      name: names.get(party.affiliateId) ?? '',
      role: 'affiliate',
      referredType: 'Affiliate',
    }),
  ];
}

export const partyPathOf = (party: Party) => (party.partyType === 'individual' ? INDIVIDUAL_PATH : ORGANIZATION_PATH);

/** A reference to the party (TMF RelatedParty / engagedParty). */
export function partyRef(party: Party, baseUrl: string) {
  return tmfRef({
    id: party.id,
    href: tmfHref(baseUrl, partyPathOf(party), party.id),
    name: party.fullName,
    referredType: party.partyType === 'individual' ? 'Individual' : 'Organization',
  });
}

export function toIndividualView({ party, media }: PartyRecord, baseUrl: string, names: AffiliateNames): IndividualView {
  return {
    id: String(party.id),
    href: tmfHref(baseUrl, INDIVIDUAL_PATH, party.id),
    givenName: party.givenName ?? '',
    familyName: party.familyName ?? '',
    middleName: party.middleName,
    fullName: party.fullName,
    title: party.title,
    gender: party.gender,
    birthDate: party.birthDate,
    nationality: party.nationality,
    status: party.status,
    contactMedium: media.map(toContactMediumView),
    relatedParty: affiliateRefs(party, baseUrl, names),
    lastUpdate: party.updatedAt.toISOString(),
    '@type': 'Individual',
  };
}

export function toOrganizationView({ party, media }: PartyRecord, baseUrl: string, names: AffiliateNames): OrganizationView {
  return {
    id: String(party.id),
    href: tmfHref(baseUrl, ORGANIZATION_PATH, party.id),
    tradingName: party.tradingName ?? '',
    name: party.legalName,
    organizationType: party.organizationType,
    isLegalEntity: party.legalName !== null,
    status: party.status,
    contactMedium: media.map(toContactMediumView),
    relatedParty: affiliateRefs(party, baseUrl, names),
    lastUpdate: party.updatedAt.toISOString(),
    '@type': 'Organization',
  };
}

/** Display name, derived at write time. */
export function fullNameOf(party: Pick<Party, 'partyType' | 'givenName' | 'middleName' | 'familyName' | 'tradingName'>): string {
  if (party.partyType === 'organization') return party.tradingName ?? '';
  return [party.givenName, party.middleName, party.familyName].filter(Boolean).join(' ');
}
