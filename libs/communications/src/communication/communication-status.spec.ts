import { canMove, isBehind, sourcesOf } from './communication-status.js';

describe('the communication status machine', () => {
  it('goes scheduled → sending → sent → delivered | failed, then read | responded | ignored', () => {
    expect(canMove('scheduled', 'sending')).toBe(true);
    expect(canMove('sending', 'sent')).toBe(true);
    expect(canMove('sent', 'delivered')).toBe(true);
    expect(canMove('sent', 'failed')).toBe(true);
    expect(canMove('delivered', 'read')).toBe(true);
    expect(canMove('read', 'responded')).toBe(true);
    expect(canMove('ignored', 'responded')).toBe(true);
    // A retry goes back to scheduled; only a scheduled one is cancelled.
    expect(canMove('sending', 'scheduled')).toBe(true);
    expect(canMove('scheduled', 'cancelled')).toBe(true);
    expect(canMove('sent', 'cancelled')).toBe(false);
  });

  it('never leaves skipped, cancelled, failed or responded, and never skips sending', () => {
    for (const end of ['skipped', 'cancelled', 'failed', 'responded'] as const) expect(sourcesOf('sent').includes(end)).toBe(false);
    expect(canMove('failed', 'delivered')).toBe(false);
    expect(canMove('scheduled', 'delivered')).toBe(false);
    expect(sourcesOf('read')).toEqual(['sent', 'delivered']);
  });

  it('knows a report that arrives after a later status (a late delivery receipt)', () => {
    expect(isBehind('read', 'delivered')).toBe(true);
    expect(isBehind('responded', 'read')).toBe(true);
    expect(isBehind('delivered', 'delivered')).toBe(true);
    expect(isBehind('sent', 'delivered')).toBe(false);
    expect(isBehind('failed', 'delivered')).toBe(false);
  });
});
