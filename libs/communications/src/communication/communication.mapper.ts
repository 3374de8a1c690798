import { docTime, docTimeOrNull } from '../shared/doc-time.js';
import type { Communication } from './communication.entity.js';
import type { CommunicationView, MailingView } from './dto/communication.dto.js';
import type { Mailing } from './mailing.entity.js';

/** A communication as the API shows it; a transactional message's text (a code, a reset link) never. */
export function toCommunicationView(c: Communication): CommunicationView {
  return {
    communicationId: c.id,
    name: c.name,
    mailingId: c.mailingId,
    clientId: c.clientId,
    communicationTypeId: c.communicationTypeId,
    sendChannelTypeId: c.sendChannelTypeId,
    documentId: c.documentId,
    departmentId: c.departmentId,
    transactional: c.transactional,
    status: c.status,
    reason: c.reason ? { code: c.reason, message: c.reasonDetail ?? '' } : null,
    address: c.address,
    subject: c.subject,
    body: c.transactional ? null : c.body,
    requestedTime: docTime(c.requestedAt),
    scheduledTime: docTime(c.scheduledAt),
    attempts: c.attempts,
    lastError: c.lastError,
    sentTime: docTimeOrNull(c.sentAt),
    deliveredTime: docTimeOrNull(c.deliveredAt),
    readTime: docTimeOrNull(c.readAt),
    respondedTime: docTimeOrNull(c.respondedAt),
    statusTime: docTime(c.statusChangedAt),
    answers: c.answers,
    version: c.version,
    createTime: docTime(c.createdAt),
    updateTime: docTime(c.updatedAt),
  };
}

/**
 * What events and the audit trail record of a communication: who, what, when and its status; never
 * its address or text (personal data and secrets stay in the table), and small enough to write one
 * per recipient of a large send.
 */
export function communicationSnapshot(
  c: Pick<
    Communication,
    | 'id'
    | 'name'
    | 'mailingId'
    | 'clientId'
    | 'communicationTypeId'
    | 'sendChannelTypeId'
    | 'documentId'
    | 'departmentId'
    | 'transactional'
    | 'status'
    | 'reason'
    | 'requestedAt'
    | 'scheduledAt'
    | 'attempts'
    | 'statusChangedAt'
  > &
    Partial<Pick<Communication, 'lastError' | 'answers'>>,
) {
  return {
    communicationId: c.id,
    name: c.name,
    mailingId: c.mailingId,
    clientId: c.clientId,
    communicationTypeId: c.communicationTypeId,
    sendChannelTypeId: c.sendChannelTypeId,
    documentId: c.documentId,
    departmentId: c.departmentId,
    transactional: c.transactional,
    status: c.status,
    reason: c.reason,
    requestedTime: docTime(c.requestedAt),
    scheduledTime: docTime(c.scheduledAt),
    attempts: c.attempts,
    lastError: c.lastError ?? null,
    statusTime: docTime(c.statusChangedAt),
    ...(c.answers ? { answers: c.answers } : {}),
  };
}

export type CommunicationSnapshot = ReturnType<typeof communicationSnapshot>;

export function toMailingView(m: Mailing, statusCounts: Record<string, number>): MailingView {
  return {
    mailingId: m.id,
    name: m.name,
    communicationTypeId: m.communicationTypeId,
    sendChannelTypeId: m.sendChannelTypeId,
    documentId: m.documentId,
    departmentId: m.departmentId,
    sender: { userId: m.senderUserId, username: m.senderName },
    recipients: { kind: m.recipientKind, groupId: m.groupId, filter: m.recipientFilter },
    variables: m.variables,
    scheduledTime: docTimeOrNull(m.scheduledAt),
    recipientCount: m.recipientCount,
    scheduledCount: m.scheduledCount,
    movedCount: m.movedCount,
    skippedCount: m.skippedCount,
    skippedByReason: m.skippedByReason,
    statusCounts,
    version: m.version,
    createTime: docTime(m.createdAt),
    updateTime: docTime(m.updatedAt),
  };
}
