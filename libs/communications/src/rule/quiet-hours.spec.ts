import { isQuietAt, isQuietMinute, localClock, localMinutes, nextAllowedTime } from './quiet-hours.js';

const NIGHT = { start: '21:00', end: '09:00' };
const LUNCH = { start: '13:00', end: '14:00' };

describe('quiet hours', () => {
  it('reads the local time of an instant in a zone', () => {
    expect(localMinutes(new Date('2026-01-15T18:30:00Z'), 'Europe/Moscow')).toBe(21 * 60 + 30);
    expect(localMinutes(new Date('2026-01-15T18:30:00Z'), 'UTC')).toBe(18 * 60 + 30);
    expect(localMinutes(new Date('2026-01-15T23:59:00Z'), 'Asia/Vladivostok')).toBe(9 * 60 + 59);
  });

  it('reads the local weekday with the time (Monday 1 … Sunday 7), across midnight', () => {
    expect(localClock(new Date('2026-01-15T09:00:00Z'), 'Europe/Moscow')).toEqual({ weekday: 4, minutes: 12 * 60 });
    expect(localClock(new Date('2026-01-17T22:30:00Z'), 'Europe/Moscow')).toEqual({ weekday: 7, minutes: 1 * 60 + 30 });
    expect(localClock(new Date('2026-01-17T22:30:00Z'), 'America/New_York')).toEqual({ weekday: 6, minutes: 17 * 60 + 30 });
  });

  it('knows windows that wrap midnight and ones that do not; start is quiet, end is not', () => {
    expect(isQuietMinute(21 * 60, NIGHT)).toBe(true);
    expect(isQuietMinute(3 * 60, NIGHT)).toBe(true);
    expect(isQuietMinute(9 * 60, NIGHT)).toBe(false);
    expect(isQuietMinute(12 * 60, NIGHT)).toBe(false);
    expect(isQuietMinute(13 * 60 + 30, LUNCH)).toBe(true);
    expect(isQuietMinute(14 * 60, LUNCH)).toBe(false);
    expect(isQuietMinute(5, { start: '10:00', end: '10:00' })).toBe(false);
  });

  it('judges in the client’s zone: 19:00 UTC is quiet in Moscow, not in London', () => {
    const at = new Date('2026-01-15T19:00:00Z');
    expect(isQuietAt(at, NIGHT, 'Europe/Moscow')).toBe(true);
    expect(isQuietAt(at, NIGHT, 'Europe/London')).toBe(false);
  });

  it('keeps an allowed time and moves a quiet one to the end of the window', () => {
    const noon = new Date('2026-01-15T09:00:00Z');
    expect(nextAllowedTime(noon, NIGHT, 'Europe/Moscow')).toEqual(noon);
    // 22:15 in Moscow → 09:00 next morning Moscow = 06:00 UTC.
    expect(nextAllowedTime(new Date('2026-01-15T19:15:30Z'), NIGHT, 'Europe/Moscow').toISOString()).toBe('2026-01-16T06:00:00.000Z');
    // 02:00 in Moscow → 09:00 the same morning.
    expect(nextAllowedTime(new Date('2026-01-15T23:00:00Z'), NIGHT, 'Europe/Moscow').toISOString()).toBe('2026-01-16T06:00:00.000Z');
  });

  it('lands on the local end of the window across a DST change', () => {
    // Berlin springs forward on 2026-03-29 (02:00 → 03:00): 23:00 local on the 28th is 22:00Z.
    const moved = nextAllowedTime(new Date('2026-03-28T22:00:00Z'), NIGHT, 'Europe/Berlin');
    expect(moved.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(localMinutes(moved, 'Europe/Berlin')).toBe(9 * 60);
  });
});
