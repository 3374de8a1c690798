import { defineProcess } from '@contactly/platform';

export const COMMUNICATION_STATUSES = [
  'scheduled',
  'sending',
  'sent',
  'delivered',
  'failed',
  'read',
  'responded',
  'ignored',
  'skipped',
  'cancelled',
] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

/**
 * The life of one communication (one recipient):
 *
 *   scheduled → sending → sent → delivered | failed, then read | responded | ignored
 *
 * plus `skipped` (a check refused the recipient when the communication was created: its reason is
 * recorded) and `cancelled` (deleted while still scheduled). A failed attempt that may be retried
 * goes from `sending` back to `scheduled` with a later due time. A transactional message (a one-time
 * code) starts in `sending`: it is sent at once.
 */
export const communicationProcess = defineProcess<CommunicationStatus>({
  name: 'communication',
  resource: 'Communication',
  states: COMMUNICATION_STATUSES,
  initial: ['scheduled', 'sending', 'skipped'],
  terminal: ['responded', 'failed', 'skipped', 'cancelled'],
  transitions: {
    scheduled: ['sending', 'cancelled'],
    sending: ['sent', 'failed', 'scheduled'],
    sent: ['delivered', 'failed', 'read', 'responded', 'ignored'],
    delivered: ['read', 'responded', 'ignored'],
    read: ['responded', 'ignored'],
    // A late answer still counts.
    ignored: ['responded'],
  },
});

/** Statuses people and providers report after a send (receipts, status updates). */
export const REPORTED_STATUSES = ['delivered', 'failed', 'read', 'responded', 'ignored'] as const satisfies readonly CommunicationStatus[];
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

/** Sent and not (yet) refused: what counts as a successful communication in availability figures. */
export const SUCCESSFUL_STATUSES = ['sent', 'delivered', 'read', 'responded'] as const satisfies readonly CommunicationStatus[];
/** Every outcome of an attempted send: successes, failures and ignores (the denominator of the success rate). */
export const ATTEMPTED_STATUSES = [...SUCCESSFUL_STATUSES, 'ignored', 'failed'] as const satisfies readonly CommunicationStatus[];
/** What a frequency cap counts: communications planned or made (not skipped, cancelled or failed). */
export const CAPPED_STATUSES = [
  'scheduled',
  'sending',
  'sent',
  'delivered',
  'read',
  'responded',
  'ignored',
] as const satisfies readonly CommunicationStatus[];
/** Still to be sent by the dispatcher. */
export const PENDING_STATUSES = ['scheduled', 'sending'] as const satisfies readonly CommunicationStatus[];

/**
 * Whether `to` is already behind the communication (a late `delivered` receipt after `read`):
 * such a report changes nothing and is not an error.
 */
export function isBehind(current: CommunicationStatus, to: CommunicationStatus): boolean {
  return current === to || communicationProcess.leadsTo(to, current);
}
