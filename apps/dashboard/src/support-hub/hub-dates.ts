/** "Dec 5, 2026, 6:18 AM" / "5 дек. 2026 г., 06:18" in the reader's language and time zone. */
export const shortDate = (iso: string, locale?: string): string =>
  new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
