import { describe, expect, it } from 'vitest';
import { isCancellable, reasonTitle, reportableAfter, statusColor, statusLabel } from './communication-status';

describe('reportableAfter', () => {
  it('offers only the moves the status machine allows from where the communication is', () => {
    expect(reportableAfter('sent')).toEqual(['delivered', 'failed', 'read', 'responded', 'ignored']);
    expect(reportableAfter('delivered')).toEqual(['read', 'responded', 'ignored']);
    expect(reportableAfter('read')).toEqual(['responded', 'ignored']);
    expect(reportableAfter('ignored')).toEqual(['responded']);
    expect(reportableAfter('sending')).toEqual(['failed']);
  });

  it('offers nothing before a communication is sent or after it has ended', () => {
    for (const status of ['scheduled', 'failed', 'responded', 'skipped', 'cancelled'] as const) expect(reportableAfter(status)).toEqual([]);
  });
});

describe('isCancellable', () => {
  it('cancels only what is still scheduled', () => {
    expect(isCancellable('scheduled')).toBe(true);
    expect(isCancellable('sending')).toBe(false);
    expect(isCancellable('sent')).toBe(false);
    expect(isCancellable('skipped')).toBe(false);
  });
});

describe('status and reason words', () => {
  it('names every status and colours the ones needing attention', () => {
    expect(statusLabel('delivered')).toBe('Delivered');
    expect(statusColor('failed')).toBe('error');
    expect(statusColor('skipped')).toBe('warning');
    expect(statusLabel('archived')).toBe('archived');
  });

  it('explains the reason codes a send records, and keeps an unknown code as it is', () => {
    expect(reasonTitle('CHANNEL_BLOCKED')).toBe('The channel is blocked for the client');
    expect(reasonTitle('QUIET_HOURS')).toBe('Moved out of quiet hours');
    expect(reasonTitle('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
