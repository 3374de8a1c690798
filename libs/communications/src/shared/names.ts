/**
 * Names of catalog entries compare without regard to case and surrounding blanks ("SMS" and
 * " sms " are one channel, "опрос" and "Опрос" one type): the key is derived at write time and
 * carries the unique index, so the rule holds the same on MariaDB and SQLite.
 */
export const nameKeyOf = (name: string): string => name.normalize('NFC').trim().toLowerCase();

export type IdOrName = { id: number } | { name: string };

/**
 * A path segment naming a record by its numeric id or by its name. Only the canonical form of a
 * number is an id: `01` or `007` are names (which no record usually has), never record 1 or 7.
 */
export function parseIdOrName(raw: string): IdOrName {
  if (/^[1-9]\d{0,9}$/.test(raw)) {
    const id = Number(raw);
    // Past the integer range no row can have it: a lookup that finds nothing.
    return { id: id <= 2147483647 ? id : -1 };
  }
  return { name: raw };
}

/** Whether an IANA time zone name is known to this runtime (`Europe/Moscow`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
