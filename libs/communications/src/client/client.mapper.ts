import type { Party } from '@contactly/customers';
import { docDate, docTime } from '../shared/doc-time.js';
import { CLIENT_DOCUMENT_KEYS } from './client.list.js';
import type { ClientBookingView, ClientExtendedView, ClientView } from './dto/client.dto.js';

/** The client face of a customer party (an organization shows its trading name as first name). */
export function toClientView(party: Party, booking: ClientBookingView | null): ClientExtendedView {
  return {
    clientId: party.id,
    firstName: party.givenName ?? (party.partyType === 'organization' ? party.fullName : null),
    lastName: party.familyName,
    birthDate: docDate(party.birthDate),
    createTime: docTime(party.createdAt),
    updateTime: docTime(party.updatedAt),
    available: party.available ?? true,
    socialMedia: null,
    communication: null,
    booking,
    timeZone: party.timeZone ?? null,
    email: party.email,
    phone: party.phone,
  };
}

/** Exactly the document's keys, in its order. */
export function documentShape(view: ClientExtendedView): ClientView {
  return Object.fromEntries(CLIENT_DOCUMENT_KEYS.map((key) => [key, view[key]])) as unknown as ClientView;
}
