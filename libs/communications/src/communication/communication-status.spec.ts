import { communicationProcess, isBehind } from './communication-status.js';

describe('the communication status machine', () => {
  it('goes scheduled → sending → sent → delivered | failed, then read | responded | ignored', () => {
    expect(communicationProcess.canMove('scheduled', 'sending')).toBe(true);
    expect(communicationProcess.canMove('sending', 'sent')).toBe(true);
    expect(communicationProcess.canMove('sent', 'delivered')).toBe(true);
    expect(communicationProcess.canMove('sent', 'failed')).toBe(true);
    expect(communicationProcess.canMove('delivered', 'read')).toBe(true);
    expect(communicationProcess.canMove('read', 'responded')).toBe(true);
    expect(communicationProcess.canMove('ignored', 'responded')).toBe(true);
    // A retry goes back to scheduled; only a scheduled one is cancelled.
    expect(communicationProcess.canMove('sending', 'scheduled')).toBe(true);
    expect(communicationProcess.canMove('scheduled', 'cancelled')).toBe(true);
    expect(communicationProcess.canMove('sent', 'cancelled')).toBe(false);
  });

  it('never leaves skipped, cancelled, failed or responded, and never skips sending', () => {
    for (const end of ['skipped', 'cancelled', 'failed', 'responded'] as const)
      expect(communicationProcess.sourcesOf('sent').includes(end)).toBe(false);
    for (const end of ['skipped', 'cancelled', 'failed', 'responded'] as const) expect(communicationProcess.nextOf(end)).toEqual([]);
    expect(communicationProcess.canMove('failed', 'delivered')).toBe(false);
    expect(communicationProcess.canMove('scheduled', 'delivered')).toBe(false);
    expect(communicationProcess.sourcesOf('read')).toEqual(['sent', 'delivered']);
  });

  it('knows a report that arrives after a later status (a late delivery receipt)', () => {
    expect(isBehind('read', 'delivered')).toBe(true);
    expect(isBehind('responded', 'read')).toBe(true);
    expect(isBehind('delivered', 'delivered')).toBe(true);
    expect(isBehind('sent', 'delivered')).toBe(false);
    expect(isBehind('failed', 'delivered')).toBe(false);
  });
});
