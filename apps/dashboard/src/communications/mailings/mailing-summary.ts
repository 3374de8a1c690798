import { COMMUNICATION_STATUSES, reasonTitle, statusLabel } from '../sending/communication-status';
import type { Mailing } from '../sending/sending-types';
import { translateNow as t } from '../../i18n/i18n-provider';

export interface ReasonCount {
  code: string;
  title: string;
  count: number;
}

export interface MailingSummary {
  recipients: number;
  /** Accepted to go (moved ones included). */
  accepted: number;
  /** Accepted, but later than asked: their time fell in quiet hours. */
  moved: number;
  skipped: number;
  /** Why recipients were skipped, the most common reason first. */
  skippedBy: ReasonCount[];
  /** How its communications stand now, in the order a communication lives through them. */
  now: { status: string; label: string; count: number }[];
}

export function mailingSummary(
  mailing: Pick<Mailing, 'recipientCount' | 'scheduledCount' | 'movedCount' | 'skippedCount' | 'skippedByReason' | 'statusCounts'>,
): MailingSummary {
  const order = (status: string) => {
    const index = COMMUNICATION_STATUSES.indexOf(status as (typeof COMMUNICATION_STATUSES)[number]);
    return index < 0 ? COMMUNICATION_STATUSES.length : index;
  };
  return {
    recipients: mailing.recipientCount,
    accepted: mailing.scheduledCount,
    moved: mailing.movedCount,
    skipped: mailing.skippedCount,
    skippedBy: Object.entries(mailing.skippedByReason)
      .filter(([, count]) => count > 0)
      .map(([code, count]) => ({ code, title: reasonTitle(code), count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    now: Object.entries(mailing.statusCounts)
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => order(a) - order(b))
      .map(([status, count]) => ({ status, label: statusLabel(status), count })),
  };
}

/** How a mailing's recipients are described: a group, a filter of the client list, or picked clients. */
export function recipientsText(recipients: Mailing['recipients']): string {
  if (recipients.kind === 'group')
    return recipients.groupId === null ? t('A saved group (since deleted)') : t('Saved group #%{id}', { id: recipients.groupId });
  if (recipients.kind === 'filter') {
    const filters = Object.entries(recipients.filter ?? {});
    return filters.length
      ? t('Clients where %{filters}', { filters: filters.map(([key, value]) => `${key} = ${value}`).join(', ') })
      : t('Every client');
  }
  return t('Clients picked one by one');
}
