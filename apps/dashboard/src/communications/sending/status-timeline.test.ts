import { describe, expect, it } from 'vitest';
import type { Communication } from './sending-types';
import { statusTimeline } from './status-timeline';

const at = (minute: number) => new Date(Date.UTC(2026, 5, 2, 10, minute)).toISOString();

const communication = (change: Partial<Communication>): Communication => ({
  communicationId: 101,
  name: 'Осенний опрос',
  mailingId: 12,
  clientId: 2,
  communicationTypeId: 4,
  sendChannelTypeId: 3,
  documentId: 1,
  departmentId: 3,
  transactional: false,
  status: 'scheduled',
  reason: null,
  address: 'maria@example.com',
  subject: 'Мария, расскажите о нас',
  body: 'Здравствуйте, Мария!',
  requestedTime: at(0),
  scheduledTime: at(0),
  attempts: 0,
  lastError: null,
  sentTime: null,
  deliveredTime: null,
  readTime: null,
  respondedTime: null,
  statusTime: at(0),
  answers: null,
  version: 1,
  createTime: at(0),
  updateTime: at(0),
  ...change,
});

const keys = (c: Communication) => statusTimeline(c).map((step) => step.key);

describe('statusTimeline', () => {
  it('shows a scheduled communication as accepted and due', () => {
    expect(keys(communication({}))).toEqual(['accepted', 'due']);
    expect(statusTimeline(communication({})).at(-1)?.tone).toBe('upcoming');
  });

  it('tells a move out of quiet hours with the server’s reason', () => {
    const moved = communication({
      scheduledTime: at(50),
      reason: { code: 'QUIET_HOURS', message: 'Moved from … to …: quiet hours 21:00–09:00' },
    });
    const step = statusTimeline(moved).find((s) => s.key === 'moved');
    expect(step?.detail).toBe('Moved from … to …: quiet hours 21:00–09:00');
    expect(keys(moved)).toEqual(['accepted', 'moved', 'due']);
  });

  it('walks a delivered, read and answered survey in time order', () => {
    const answered = communication({
      status: 'responded',
      sentTime: at(1),
      deliveredTime: at(2),
      readTime: at(5),
      respondedTime: at(9),
      statusTime: at(9),
      answers: { q1: 5 },
    });
    expect(keys(answered)).toEqual(['accepted', 'sent', 'delivered', 'read', 'responded']);
    expect(statusTimeline(answered).find((s) => s.key === 'sent')?.detail).toBe('To maria@example.com');
  });

  it('shows a skipped recipient with only the reason it was skipped', () => {
    const skipped = communication({
      status: 'skipped',
      reason: { code: 'CHANNEL_BLOCKED', message: 'Email is blocked for client 2 permanently: просил не писать' },
    });
    expect(statusTimeline(skipped)).toEqual([
      {
        key: 'skipped',
        at: at(0),
        title: 'Skipped: The channel is blocked for the client',
        detail: 'Email is blocked for client 2 permanently: просил не писать',
        tone: 'problem',
      },
    ]);
  });

  it('shows failed attempts being retried, and a final failure with the provider’s reason', () => {
    expect(keys(communication({ attempts: 2, lastError: 'SMTP 451', updateTime: at(3) }))).toEqual(['accepted', 'retrying', 'due']);
    const failed = communication({ status: 'failed', attempts: 5, lastError: 'SMTP 550 mailbox unavailable', statusTime: at(30) });
    expect(keys(failed)).toEqual(['accepted', 'failed']);
    expect(statusTimeline(failed).at(-1)).toMatchObject({ tone: 'problem', detail: 'SMTP 550 mailbox unavailable' });
  });

  it('ends a cancelled or ignored communication with that', () => {
    expect(keys(communication({ status: 'cancelled', statusTime: at(4) }))).toEqual(['accepted', 'cancelled']);
    expect(keys(communication({ status: 'ignored', sentTime: at(1), statusTime: at(40) }))).toEqual(['accepted', 'sent', 'ignored']);
  });
});
