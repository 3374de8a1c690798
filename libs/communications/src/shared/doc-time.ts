/**
 * Date-times as the communications document writes them: ISO 8601 UTC with milliseconds and an
 * explicit `+00:00` offset (`1995-06-02T00:00:00.000+00:00`), the form its front systems parse.
 */
export const docTime = (date: Date): string => date.toISOString().replace(/Z$/, '+00:00');

export const docTimeOrNull = (date: Date | null): string | null => (date ? docTime(date) : null);

/** A calendar date `YYYY-MM-DD` shown as midnight UTC, as the document shows a birth date. */
export const docDate = (ymd: string | null): string | null => (ymd ? `${ymd}T00:00:00.000+00:00` : null);
