import { periodEnd, periodOf } from './subscription-term.js';

describe('subscription term', () => {
  const iso = (d: Date) => d.toISOString();

  it('adds months and years from the start, clamping to the last day of shorter months without drifting', () => {
    const start = new Date('2026-01-31T10:15:00.000Z');
    expect(iso(periodEnd(start, 'month', 1, 1))).toBe('2026-02-28T10:15:00.000Z');
    expect(iso(periodEnd(start, 'month', 1, 2))).toBe('2026-03-31T10:15:00.000Z');
    expect(iso(periodEnd(start, 'month', 3, 1))).toBe('2026-04-30T10:15:00.000Z');
    expect(iso(periodEnd(new Date('2028-02-29T00:00:00.000Z'), 'year', 1, 1))).toBe('2029-02-28T00:00:00.000Z');
    expect(iso(periodEnd(new Date('2026-12-15T00:00:00.000Z'), 'month', 1, 1))).toBe('2027-01-15T00:00:00.000Z');
  });

  it('gives each period its start and end', () => {
    const start = new Date('2026-01-15T09:00:00.000Z');
    expect(periodOf(start, 'month', 1, 1)).toEqual({ start, end: new Date('2026-02-15T09:00:00.000Z') });
    expect(periodOf(start, 'month', 1, 3)).toEqual({
      start: new Date('2026-03-15T09:00:00.000Z'),
      end: new Date('2026-04-15T09:00:00.000Z'),
    });
  });
});
