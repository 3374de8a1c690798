/**
 * react-admin turns a cleared text input into null; the catalogs' descriptions are text that may
 * be empty but not null, so their inputs keep '' as typed.
 */
export const keepEmptyText = (value: string | null): string => value ?? '';
