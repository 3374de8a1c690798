/** "Dec 5, 2026, 6:18 AM" in the reader's locale and time zone. */
export const shortDate = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
