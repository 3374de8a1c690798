import { reasonTitle } from './communication-status';
import type { Communication } from './sending-types';

export interface TimelineStep {
  key: string;
  at: string;
  title: string;
  detail?: string;
  /** done: it happened; upcoming: it is planned; problem: it went wrong or was refused. */
  tone: 'done' | 'upcoming' | 'problem';
}

const time = (instant: string) => new Date(instant).getTime();

/**
 * A communication's history as steps, oldest first, read from the times it keeps: accepted or
 * skipped when created (with the reason), moved by quiet hours, each attempt's failure, sent,
 * delivered, read, responded, and how it ended (failed, ignored, cancelled). A scheduled one ends
 * with the time it is due.
 */
export function statusTimeline(c: Communication): TimelineStep[] {
  const steps: TimelineStep[] = [];
  if (c.status === 'skipped') {
    steps.push({
      key: 'skipped',
      at: c.createTime,
      title: `Skipped: ${reasonTitle(c.reason?.code ?? '')}`,
      detail: c.reason?.message,
      tone: 'problem',
    });
    return steps;
  }
  steps.push({
    key: 'accepted',
    at: c.createTime,
    title: 'Accepted',
    detail: `To go at ${new Date(c.requestedTime).toLocaleString()}`,
    tone: 'done',
  });
  if (time(c.scheduledTime) !== time(c.requestedTime)) {
    const why = c.reason?.code === 'QUIET_HOURS' ? c.reason.message : undefined;
    steps.push({
      key: 'moved',
      at: c.createTime,
      title: `Moved to ${new Date(c.scheduledTime).toLocaleString()}`,
      detail: why ?? reasonTitle('QUIET_HOURS'),
      tone: 'done',
    });
  }
  if (c.lastError && c.status !== 'failed') {
    steps.push({
      key: 'retrying',
      at: c.updateTime,
      title: `${c.attempts} attempt${c.attempts === 1 ? '' : 's'} failed; retrying`,
      detail: c.lastError,
      tone: 'problem',
    });
  }
  if (c.sentTime)
    steps.push({ key: 'sent', at: c.sentTime, title: 'Sent', detail: c.address ? `To ${c.address}` : undefined, tone: 'done' });
  if (c.deliveredTime) steps.push({ key: 'delivered', at: c.deliveredTime, title: 'Delivered', tone: 'done' });
  if (c.readTime) steps.push({ key: 'read', at: c.readTime, title: 'Read', tone: 'done' });
  if (c.respondedTime) steps.push({ key: 'responded', at: c.respondedTime, title: 'Responded', tone: 'done' });
  if (c.status === 'failed')
    steps.push({ key: 'failed', at: c.statusTime, title: 'Failed', detail: c.lastError ?? undefined, tone: 'problem' });
  if (c.status === 'ignored') steps.push({ key: 'ignored', at: c.statusTime, title: 'Ignored', tone: 'done' });
  if (c.status === 'cancelled') steps.push({ key: 'cancelled', at: c.statusTime, title: 'Cancelled', tone: 'done' });
  // Stable: steps of the same instant keep the order of a communication's life.
  const past = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => time(a.step.at) - time(b.step.at) || a.index - b.index)
    .map(({ step }) => step);
  // What is still to come closes the history, whatever its time (a retry goes after its planned time).
  if (c.status === 'scheduled')
    past.push({
      key: 'due',
      at: c.scheduledTime,
      title: c.attempts ? 'Retry pending' : 'Due',
      detail: 'Waiting for the dispatcher',
      tone: 'upcoming',
    });
  if (c.status === 'sending') past.push({ key: 'sending', at: c.statusTime, title: 'Being sent', tone: 'upcoming' });
  return past;
}
