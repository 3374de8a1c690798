import { describe, expect, it } from 'vitest';
import type { SendEstimate } from '../sending/sending-types';
import { EMPTY_DRAFT } from './compose-draft';
import { estimateGroups, estimateRequestOf, reachOf } from './send-estimate';

const estimate: SendEstimate = {
  recipientCount: 10,
  goCount: 6,
  movedCount: 1,
  skippedCount: 3,
  skippedByReason: { CHANNEL_BLOCKED: 1, NO_ADDRESS: 2 },
  movedByReason: { QUIET_HOURS: 1 },
  departmentId: 1,
  recipients: [
    { clientId: 3, name: 'C', outcome: 'skipped', scheduledTime: null, reason: { code: 'NO_ADDRESS', message: 'no phone' } },
    { clientId: 4, name: 'D', outcome: 'skipped', scheduledTime: null, reason: { code: 'CHANNEL_BLOCKED', message: 'blocked' } },
    { clientId: 9, name: 'I', outcome: 'skipped', scheduledTime: null, reason: { code: 'NO_ADDRESS', message: 'no phone' } },
    {
      clientId: 5,
      name: 'E',
      outcome: 'moved',
      scheduledTime: '2026-01-16T06:00:00.000+00:00',
      reason: { code: 'QUIET_HOURS', message: 'q' },
    },
    { clientId: 1, name: 'A', outcome: 'go', scheduledTime: '2026-01-15T09:00:00.000+00:00', reason: null },
  ],
};

describe('the estimate of a send', () => {
  it('groups the recipients by outcome and reason: skipped (largest first), moved, then those who go', () => {
    const groups = estimateGroups(estimate);
    expect(groups.map((g) => [g.outcome, g.code, g.count, g.recipients.map((r) => r.clientId)])).toEqual([
      ['skipped', 'NO_ADDRESS', 2, [3, 9]],
      ['skipped', 'CHANNEL_BLOCKED', 1, [4]],
      ['moved', 'QUIET_HOURS', 1, [5]],
      // Six go; the server listed one of them by name.
      ['go', null, 6, [1]],
    ]);
  });

  it('counts as reached those who go as asked and those moved to later', () => {
    expect(reachOf(estimate)).toEqual({ reached: 7, total: 10 });
  });

  it('has no line for an outcome nobody has', () => {
    const none = { ...estimate, goCount: 0, movedCount: 0, movedByReason: {}, recipients: [] };
    expect(estimateGroups(none).map((g) => g.outcome)).toEqual(['skipped', 'skipped']);
  });
});

describe('the request an estimate asks about', () => {
  const now = new Date('2026-01-15T09:00:00Z');
  const chosen = { ...EMPTY_DRAFT, communicationTypeId: 1, sendChannelTypeId: 4, documentId: 2, clients: [{ clientId: 7, label: 'A' }] };

  it('is the send, before the mailing is named', () => {
    expect(estimateRequestOf(chosen, now, false)).toMatchObject({ name: 'Draft', sendChannelTypeId: 4, recipients: { clientIds: [7] } });
    expect(estimateRequestOf({ ...chosen, name: ' Autumn ' }, now, false)).toMatchObject({ name: 'Autumn' });
  });

  it('is none while what the checks need is missing', () => {
    expect(estimateRequestOf({ ...chosen, clients: [] }, now, false)).toBeNull();
    expect(estimateRequestOf({ ...chosen, sendChannelTypeId: '' }, now, false)).toBeNull();
    expect(estimateRequestOf(chosen, now, true)).toBeNull();
  });
});
