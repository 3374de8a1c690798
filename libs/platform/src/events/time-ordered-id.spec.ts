import { timeOrderedUuid } from './time-ordered-id.js';

describe('time-ordered event ids', () => {
  it('are version 7 UUIDs that sort by time and never repeat', () => {
    const early = timeOrderedUuid(Date.parse('2026-01-15T09:00:00.000Z'));
    const late = timeOrderedUuid(Date.parse('2026-01-15T09:00:00.001Z'));
    expect(early).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(early < late).toBe(true);
    const same = new Set(Array.from({ length: 10_000 }, () => timeOrderedUuid(1_768_467_600_000)));
    expect(same.size).toBe(10_000);
  });
});
