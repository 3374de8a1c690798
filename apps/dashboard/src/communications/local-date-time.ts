/**
 * `<input type="datetime-local">` speaks the user's wall-clock time without a zone
 * (`2030-01-31T10:00`); the API speaks instants (ISO 8601 UTC). These convert between the two in
 * the browser's time zone.
 */
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** The instant of a local date-time input, or null when it is empty or not a date-time. */
export function instantOfLocal(local: string | null | undefined): string | null {
  if (!local || !LOCAL.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a local date-time input (minutes precision). */
export function localOfInstant(instant: string | Date | null | undefined): string {
  if (!instant) return '';
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * react-admin's DateTimeInput keeps the local text; this `parse` makes the form hold the instant,
 * so the API gets an ISO date-time. Text that is not yet a date-time stays as typed.
 */
export const parseLocalDateTime = (value: string | null): string | null => (value ? (instantOfLocal(value) ?? value) : null);

/** Whether an instant is later than now (a booking's beforeDate, a block's until). */
export const isFuture = (instant: string | null, now: Date): boolean => instant !== null && new Date(instant).getTime() > now.getTime();
