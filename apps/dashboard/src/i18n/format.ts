import { useMemo } from 'react';
import { useLocaleState } from 'ra-core';
import { DEFAULT_LOCALE } from './locales';

/**
 * Dates, numbers and money in the user's language (`Intl`). Pure functions take the locale; in a
 * component, `useFormat()` binds the current one. An unreadable value is shown as it came, not as
 * "Invalid Date".
 */
type DateInput = string | number | Date | null | undefined;

const EMPTY = '—';

/** Intl formatters are costly to build and are reused for each locale and option set. */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

function asDate(value: DateInput): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function formatDateWith(value: DateInput, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = asDate(value);
  if (!date) return value === null || value === undefined || value === '' ? EMPTY : String(value);
  return formatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** 7 Dec 2026 / 7 дек. 2026 г. */
export const formatDate = (
  value: DateInput,
  locale: string = DEFAULT_LOCALE,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
) => formatDateWith(value, locale, options);

/** 7 Dec 2026, 18:40 / 7 дек. 2026 г., 18:40 */
export const formatDateTime = (
  value: DateInput,
  locale: string = DEFAULT_LOCALE,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
) => formatDateWith(value, locale, options);

/** A calendar date of the API (`1990-04-12`) is no instant: shown as that day, whatever the time zone. */
export function formatCalendarDate(value: string | null | undefined, locale: string = DEFAULT_LOCALE): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return formatDate(value, locale);
  return formatDate(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))), locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
}

/** 1,234.5 / 1 234,5 */
export function formatNumber(
  value: number | null | undefined,
  locale: string = DEFAULT_LOCALE,
  options: Intl.NumberFormatOptions = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return formatter('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** TMF money (`{ unit: 'EUR', value: 12.5 }`): €12.50 / 12,50 €. An unknown currency code is shown beside the number. */
export function formatMoney(
  money: { unit?: string | null; value?: number | null } | null | undefined,
  locale: string = DEFAULT_LOCALE,
): string {
  if (!money || money.value === null || money.value === undefined) return EMPTY;
  const unit = money.unit?.toUpperCase();
  if (unit && /^[A-Z]{3}$/.test(unit)) {
    try {
      return formatNumber(money.value, locale, { style: 'currency', currency: unit });
    } catch {
      // not an ISO 4217 code Intl knows: fall through
    }
  }
  return [formatNumber(money.value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), money.unit].filter(Boolean).join(' ');
}

/** The formatters above, bound to the language in effect. */
export function useFormat() {
  const [locale = DEFAULT_LOCALE] = useLocaleState();
  return useMemo(
    () => ({
      locale,
      date: (value: DateInput, options?: Intl.DateTimeFormatOptions) => formatDate(value, locale, options),
      dateTime: (value: DateInput, options?: Intl.DateTimeFormatOptions) => formatDateTime(value, locale, options),
      calendarDate: (value: string | null | undefined) => formatCalendarDate(value, locale),
      number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
      money: (money: Parameters<typeof formatMoney>[0]) => formatMoney(money, locale),
    }),
    [locale],
  );
}
