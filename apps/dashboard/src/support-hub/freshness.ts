import type { Translate } from './hub-i18n';

/**
 * How old the data is at `nowMs`, counting on from the age the server reported when it was read at
 * `readAtMs`: a browser whose clock is off by minutes still shows the right age. null: never refreshed.
 */
export function dataAgeSeconds(ageSeconds: number | null, readAtMs: number, nowMs: number): number | null {
  if (ageSeconds === null) return null;
  return Math.max(0, Math.floor(ageSeconds + (nowMs - readAtMs) / 1000));
}

/** "data is 23 min old", "data is 2 h 5 min old", "data is 3 days old", "never refreshed" */
export function freshnessText(ageSeconds: number | null, t: Translate): string {
  if (ageSeconds === null) return t('contactly.supportHub.freshness.never', { _: 'never refreshed' });
  if (ageSeconds < 60) return t('contactly.supportHub.freshness.underMinute', { _: 'data is less than a minute old' });
  const minutes = Math.floor(ageSeconds / 60);
  if (minutes < 60) return t('contactly.supportHub.freshness.minutes', { _: 'data is %{m} min old', m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24)
    return minutes % 60
      ? t('contactly.supportHub.freshness.hoursMinutes', { _: 'data is %{h} h %{m} min old', h: hours, m: minutes % 60 })
      : t('contactly.supportHub.freshness.hours', { _: 'data is %{h} h old', h: hours });
  return t('contactly.supportHub.freshness.days', {
    _: 'data is %{smart_count} day old |||| data is %{smart_count} days old',
    smart_count: Math.floor(hours / 24),
  });
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
