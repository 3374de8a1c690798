import type { PartyView as Party } from '@contactly/customers';
import { docDate, docTime } from '../shared/doc-time.js';
import { CLIENT_DOCUMENT_KEYS } from './client.list.js';
import type { Communication } from '../communication/communication.entity.js';
import type { ClientBookingView, ClientCommunicationView, ClientExtendedView, ClientView } from './dto/client.dto.js';

/** The client face of a customer party (an organization shows its trading name as first name). */
export function toClientView(party: Party, booking: ClientBookingView | null, latest: Communication | null = null): ClientExtendedView {
  return {
    clientId: party.id,
    firstName: party.givenName ?? (party.partyType === 'organization' ? party.fullName : null),
    lastName: party.familyName,
    birthDate: docDate(party.birthDate),
    createTime: docTime(party.createdAt),
    updateTime: docTime(party.updatedAt),
    available: party.available ?? true,
    socialMedia: party.socialMedia ?? null,
    communication: latest && toClientCommunication(latest),
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

function toClientCommunication(communication: Communication): ClientCommunicationView {
  return {
    communicationId: communication.id,
    name: communication.name,
    communicationTypeId: communication.communicationTypeId,
    sendChannelTypeId: communication.sendChannelTypeId,
    status: communication.status,
    statusTime: docTime(communication.statusChangedAt),
  };
}
