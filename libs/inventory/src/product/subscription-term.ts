import { PLATFORM_ERRORS, unprocessable } from '@contactly/platform';
import type { PeriodUnit } from './subscription.entity.js';

/**
 * The end of the n-th period (1-based) of a term that starts at `start`: start + n × length units,
 * counted from the start each time so that a term started on the 31st ends on the last day of
 * shorter months without drifting to the 28th for good (Jan 31 → Feb 28 → Mar 31). UTC.
 */
export function periodEnd(start: Date, unit: PeriodUnit, length: number, n: number): Date {
  const months = (unit === 'year' ? 12 : 1) * length * n;
  const end = new Date(start.getTime());
  const day = end.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

/** The current period of a subscription in its n-th period. */
export function periodOf(start: Date, unit: PeriodUnit, length: number, n: number): { start: Date; end: Date } {
  return { start: n === 1 ? start : periodEnd(start, unit, length, n - 1), end: periodEnd(start, unit, length, n) };
}

/** How far back a subscription may start (a contract signed last month) and how far ahead (a move next year). */
export const START_REACH = { backDays: 31, aheadDays: 366 } as const;
const DAY_MS = 86_400_000;

/**
 * 422 naming `startDate` when it lies further back or ahead than START_REACH: a start years back would
 * have the renewal job catch up hundreds of periods (each an invoice), one centuries ahead overflows dates.
 */
export function assertStartWithinReach(start: Date, now: Date): void {
  const earliest = now.getTime() - START_REACH.backDays * DAY_MS;
  const latest = now.getTime() + START_REACH.aheadDays * DAY_MS;
  if (start.getTime() < earliest || start.getTime() > latest)
    throw unprocessable(
      PLATFORM_ERRORS.VALIDATION_FAILED,
      `startDate must lie between ${START_REACH.backDays} days ago and ${START_REACH.aheadDays} days ahead`,
      [{ field: 'startDate', message: `must be at most ${START_REACH.backDays} days ago and at most ${START_REACH.aheadDays} days ahead` }],
    );
}
