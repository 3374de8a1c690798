import { assertStartWithinReach, periodEnd, periodOf } from './subscription-term.js';

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

describe('assertStartWithinReach', () => {
  const now = new Date('2026-06-15T12:00:00.000Z');
  it('takes a start from a month back to a year ahead', () => {
    for (const start of ['2026-05-16T00:00:00.000Z', '2026-06-15T12:00:00.000Z', '2027-06-15T00:00:00.000Z'])
      expect(() => assertStartWithinReach(new Date(start), now)).not.toThrow();
  });
  it('refuses one further back or ahead, naming startDate', () => {
    for (const start of ['2000-01-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z', '2027-07-01T00:00:00.000Z', '9999-12-15T00:00:00.000Z'])
      expect(() => assertStartWithinReach(new Date(start), now)).toThrow(
        expect.objectContaining({ category: 'Unprocessable', options: { details: [expect.objectContaining({ field: 'startDate' })] } }),
      );
  });
});
