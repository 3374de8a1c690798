/**
 * Quiet hours: a window of local wall-clock time (`21:00`–`09:00`, possibly across midnight) in
 * which nothing may be sent to a client, in the client's own time zone. A send that falls inside
 * is moved to the window's end, not dropped.
 */
export interface QuietHours {
  /** `HH:MM`, local. */
  start: string;
  end: string;
}

export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and a send
 * to 100,000 clients asks the local time of each. Zones are few (IANA names), so the map stays small.
 */
const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  return format;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local weekday (1 = Monday … 7 = Sunday) and minutes since local midnight of an instant in a zone. */
export function localClock(at: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = clockFormat(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS[part('weekday')] ?? 1, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** Minutes since local midnight of an instant in a time zone. */
export function localMinutes(at: Date, timeZone: string): number {
  return localClock(at, timeZone).minutes;
}

/** Whether local time `minutes` is inside the window [start, end) (which may wrap midnight). */
export function isQuietMinute(minutes: number, quiet: QuietHours): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

export function isQuietAt(at: Date, quiet: QuietHours, timeZone: string): boolean {
  return isQuietMinute(localMinutes(at, timeZone), quiet);
}

/**
 * The first instant at or after `at` outside the quiet hours: `at` itself when it is allowed,
 * else the end of the window in the client's zone (on the right day, across DST changes).
 */
export function nextAllowedTime(at: Date, quiet: QuietHours, timeZone: string): Date {
  if (!isQuietAt(at, quiet, timeZone)) return at;
  const end = minutesOf(quiet.end);
  const wait = (end - localMinutes(at, timeZone) + 1440) % 1440;
  let candidate = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
  // A DST change inside the wait moves the wall clock by its size: correct until it reads `end`.
  for (let i = 0; i < 3; i += 1) {
    const drift = ((end - localMinutes(candidate, timeZone) + 1440 + 720) % 1440) - 720;
    if (drift === 0) break;
    candidate = new Date(candidate.getTime() + drift * 60_000);
  }
  return isQuietAt(candidate, quiet, timeZone) ? new Date(candidate.getTime() + 60_000) : candidate;
}
