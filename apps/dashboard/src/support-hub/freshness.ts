/**
 * How old the data is at `nowMs`, counting on from the age the server reported when it was read at
 * `readAtMs`: a browser whose clock is off by minutes still shows the right age. null: never refreshed.
 */
export function dataAgeSeconds(ageSeconds: number | null, readAtMs: number, nowMs: number): number | null {
  if (ageSeconds === null) return null;
  return Math.max(0, Math.floor(ageSeconds + (nowMs - readAtMs) / 1000));
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "data is 23 min old", "data is 2 h 5 min old", "data is 3 days old", "never refreshed" */
export function freshnessText(ageSeconds: number | null): string {
  if (ageSeconds === null) return 'never refreshed';
  if (ageSeconds < 60) return 'data is less than a minute old';
  const minutes = Math.floor(ageSeconds / 60);
  if (minutes < 60) return `data is ${minutes} min old`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `data is ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''} old`;
  return `data is ${plural(Math.floor(hours / 24), 'day')} old`;
}

export type Freshness = 'fresh' | 'aging' | 'stale';

/**
 * Fresh within a quarter of the schedule's interval (an hour with the default 4 h), aging until the
 * next scheduled refresh is due, stale after that or when never refreshed.
 */
export function freshnessOf(ageSeconds: number | null, refreshIntervalHours: number): Freshness {
  if (ageSeconds === null) return 'stale';
  const interval = refreshIntervalHours * 3600;
  if (ageSeconds <= interval / 4) return 'fresh';
  return ageSeconds <= interval ? 'aging' : 'stale';
}
