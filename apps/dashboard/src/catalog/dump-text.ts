import type { CatalogDump } from './catalog-api';

/** Bytes in the reader's language and units (Intl's unit names): `812 byte`, `1.4 MB`; `1,4 МБ` in Russian. */
export function formatBytes(bytes: number | undefined, locale: string): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) return '—';
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A dump's counts in words: `offerings 120 · prices 240`. */
export const countsText = (counts: Record<string, number> | undefined, locale: string, label: (kind: string) => string): string =>
  Object.entries(counts ?? {})
    .map(([kind, count]) => `${label(kind)} ${new Intl.NumberFormat(locale).format(count)}`)
    .join(' · ') || '—';

/** Whether a dump is still being written (the page polls until it is not). */
export const isRunning = (dump: Pick<CatalogDump, 'status'>): boolean => dump.status === 'running';

export const dumpTime = (dump: Pick<CatalogDump, 'finishedAt' | 'startedAt'>) => dump.finishedAt ?? dump.startedAt;
export const dumpSize = (dump: Pick<CatalogDump, 'byteSize'>) => dump.byteSize;
