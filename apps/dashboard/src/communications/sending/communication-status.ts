import type { CommunicationStatus, ReportedStatus } from './sending-types';

/** Every status in the order a communication lives through them (the API's enum, for filters). */
export const COMMUNICATION_STATUSES: readonly CommunicationStatus[] = [
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
];

type ChipColor = 'default' | 'info' | 'primary' | 'success' | 'warning' | 'error';

const STATUS_LOOKS: Record<CommunicationStatus, { label: string; color: ChipColor }> = {
  scheduled: { label: 'Scheduled', color: 'info' },
  sending: { label: 'Sending', color: 'info' },
  sent: { label: 'Sent', color: 'primary' },
  delivered: { label: 'Delivered', color: 'success' },
  read: { label: 'Read', color: 'success' },
  responded: { label: 'Responded', color: 'success' },
  ignored: { label: 'Ignored', color: 'default' },
  failed: { label: 'Failed', color: 'error' },
  skipped: { label: 'Skipped', color: 'warning' },
  cancelled: { label: 'Cancelled', color: 'default' },
};

export const statusLabel = (status: string): string => STATUS_LOOKS[status as CommunicationStatus]?.label ?? status;
export const statusColor = (status: string): ChipColor => STATUS_LOOKS[status as CommunicationStatus]?.color ?? 'default';

export const STATUS_CHOICES = COMMUNICATION_STATUSES.map((status) => ({ id: status, name: statusLabel(status) }));

/**
 * What a reported status may follow: the server's status machine (communication-status.ts in the
 * communications lib), narrowed to what people report. The server decides; this only keeps the
 * dashboard from offering a move it would refuse with 409.
 */
const REPORTABLE_AFTER: Record<ReportedStatus, readonly CommunicationStatus[]> = {
  delivered: ['sent'],
  // The dispatcher's attempt in flight may be reported failed too (the machine allows it).
  failed: ['sending', 'sent'],
  read: ['sent', 'delivered'],
  responded: ['sent', 'delivered', 'read', 'ignored'],
  ignored: ['sent', 'delivered', 'read'],
};

export const REPORTED_STATUSES = Object.keys(REPORTABLE_AFTER) as ReportedStatus[];

/** The statuses someone may report for a communication that is now `current`, in life order. */
export const reportableAfter = (current: CommunicationStatus): ReportedStatus[] =>
  REPORTED_STATUSES.filter((status) => REPORTABLE_AFTER[status].includes(current));

/** Only a communication still waiting to go can be cancelled; what was sent stays as history. */
export const isCancellable = (status: CommunicationStatus): boolean => status === 'scheduled';

/** Why a recipient was skipped (or moved), in words; the server's message adds the particulars. */
const REASON_TITLES: Record<string, string> = {
  RULE_NOT_ALLOWED: 'The department’s rules do not allow this type on this channel',
  CLIENT_UNAVAILABLE: 'The client is not available for communications',
  CHANNEL_BLOCKED: 'The channel is blocked for the client',
  CLIENT_BOOKED: 'The client is booked by another department',
  NO_ADDRESS: 'The client has no address for this channel',
  MISSING_VARIABLE: 'A template variable has no value for the client',
  CONTENT_TOO_LONG: 'With the client’s values the text is too long for a communication',
  FREQUENCY_CAP: 'Too many communications on this channel lately (frequency cap)',
  QUIET_HOURS: 'Moved out of quiet hours',
  CHANNEL_DISABLED: 'The channel is disabled for everyone',
  CUSTOMER_NOT_ACTIVE: 'The customer is suspended or closed: service messages only',
};

export const reasonTitle = (code: string): string => REASON_TITLES[code] ?? code;
