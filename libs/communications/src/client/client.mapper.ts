import { docDate, docTime } from '../shared/doc-time.js';
import { attributesOf } from './client-attributes.js';
import type { ClientRecord } from './client-directory.js';
import { CLIENT_DOCUMENT_KEYS } from './client.list.js';
import type { Communication } from '../communication/communication.entity.js';
import type { ClientBookingView, ClientCommunicationView, ClientExtendedView, ClientView } from './dto/client.dto.js';

/**
 * The client face of a customer party and the platform's profile of it (an organization shows its
 * trading name as first name). Its update time is the later of the two records'.
 */
export function toClientView(
  { party, profile }: ClientRecord,
  booking: ClientBookingView | null,
  latest: Communication | null = null,
): ClientExtendedView {
  const { available, timeZone, socialMedia } = attributesOf(profile);
  const updatedAt = profile && profile.updatedAt > party.updatedAt ? profile.updatedAt : party.updatedAt;
  return {
    clientId: party.id,
    firstName: party.givenName ?? (party.partyType === 'organization' ? party.fullName : null),
    lastName: party.familyName,
    birthDate: docDate(party.birthDate),
    createTime: docTime(party.createdAt),
    updateTime: docTime(updatedAt),
    available,
    socialMedia,
    communication: latest && toClientCommunication(latest),
    booking,
    timeZone,
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
