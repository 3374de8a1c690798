import { describe, expect, it } from 'vitest';
import { mailingSummary, recipientsText } from './mailing-summary';

describe('mailingSummary', () => {
  it('tells how many were accepted, moved and skipped, and why, the most common reason first', () => {
    const summary = mailingSummary({
      recipientCount: 12,
      scheduledCount: 9,
      movedCount: 2,
      skippedCount: 3,
      skippedByReason: { NO_ADDRESS: 1, CHANNEL_BLOCKED: 2, FREQUENCY_CAP: 0 },
      statusCounts: { skipped: 3, sent: 5, scheduled: 4 },
    });
    expect(summary).toMatchObject({ recipients: 12, accepted: 9, moved: 2, skipped: 3 });
    expect(summary.skippedBy).toEqual([
      { code: 'CHANNEL_BLOCKED', title: 'The channel is blocked for the client', count: 2 },
      { code: 'NO_ADDRESS', title: 'The client has no address for this channel', count: 1 },
    ]);
    expect(summary.now).toEqual([
      { status: 'scheduled', label: 'Scheduled', count: 4 },
      { status: 'sent', label: 'Sent', count: 5 },
      { status: 'skipped', label: 'Skipped', count: 3 },
    ]);
  });
});

describe('recipientsText', () => {
  it('describes how the recipients were named', () => {
    expect(recipientsText({ kind: 'clientIds', groupId: null, filter: null })).toBe('Clients picked one by one');
    expect(recipientsText({ kind: 'group', groupId: 7, filter: null })).toBe('Saved group #7');
    expect(recipientsText({ kind: 'group', groupId: null, filter: null })).toBe('A saved group (since deleted)');
    expect(recipientsText({ kind: 'filter', groupId: null, filter: { available: 'true', lastName: 'Иванова' } })).toBe(
      'Clients where available = true, lastName = Иванова',
    );
    expect(recipientsText({ kind: 'filter', groupId: null, filter: {} })).toBe('Every client');
  });
});
