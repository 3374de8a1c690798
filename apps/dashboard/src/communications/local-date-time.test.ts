import { describe, expect, it } from 'vitest';
import { instantOfLocal, isFuture, localOfInstant, parseLocalDateTime } from './local-date-time';

describe('local date-times', () => {
  it('turn a local input into an instant and back', () => {
    const instant = instantOfLocal('2030-01-31T10:00');
    expect(instant).toBe(new Date(2030, 0, 31, 10, 0).toISOString());
    expect(localOfInstant(instant)).toBe('2030-01-31T10:00');
  });

  it('read nothing from empty or half-typed input', () => {
    expect(instantOfLocal('')).toBeNull();
    expect(instantOfLocal('2030-01-31')).toBeNull();
    expect(instantOfLocal(undefined)).toBeNull();
    expect(localOfInstant(null)).toBe('');
    expect(localOfInstant('not a date')).toBe('');
  });

  it('give the form the instant, keeping text that is not yet a date-time', () => {
    expect(parseLocalDateTime('2030-01-31T10:00')).toBe(new Date(2030, 0, 31, 10, 0).toISOString());
    expect(parseLocalDateTime('')).toBeNull();
    expect(parseLocalDateTime('2030-01')).toBe('2030-01');
  });

  it('tell a future instant', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(isFuture('2026-05-01T00:00:01Z', now)).toBe(true);
    expect(isFuture('2026-05-01T00:00:00Z', now)).toBe(false);
    expect(isFuture(null, now)).toBe(false);
  });
});
