import type { Party, PartyType } from '../party/party.entity.js';

/**
 * What other libs may know of a customer party, as CustomerDirectory hands it out: plain values
 * copied from the row, never the entity, so nothing another lib holds can be saved back into this
 * lib's tables (writes go through PartyService and CustomerService). Only the fields its readers
 * use: the client face of communications (names, birth date, preferred addresses, times) and its
 * ETag (version).
 */
export interface PartyView {
  readonly id: number;
  readonly partyType: PartyType;
  readonly givenName: string | null;
  readonly familyName: string | null;
  /** "Given Middle Family", or an organization's trading name. */
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly birthDate: string | null;
  /** The preferred email and phone. */
  readonly email: string | null;
  readonly phone: string | null;
  /** Grows with every write of the party. */
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const toPartyView = (party: Party): PartyView => ({
  id: party.id,
  partyType: party.partyType,
  givenName: party.givenName,
  familyName: party.familyName,
  fullName: party.fullName,
  birthDate: party.birthDate,
  email: party.email,
  phone: party.phone,
  version: party.version,
  createdAt: party.createdAt,
  updatedAt: party.updatedAt,
});
