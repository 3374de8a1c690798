import { tmfHref, toTimePeriodView } from '@contactly/platform';
import type { CatalogEntityColumns } from './catalog-columns.js';
import type { CatalogEntryView, CatalogRefView } from './catalog-entry.dto.js';

/** What every catalog entry shows, in the order TMF payloads put it (`@type` goes last, added by each kind). */
export function catalogEntryBody(row: CatalogEntityColumns, path: string, baseUrl: string): Omit<CatalogEntryView, '@type'> {
  return {
    id: String(row.id),
    href: tmfHref(baseUrl, path, row.id),
    name: row.name,
    description: row.description,
    lifecycleStatus: row.lifecycleStatus,
    version: row.specVersion,
    validFor: toTimePeriodView({ from: row.validFrom, to: row.validTo }),
    lastUpdate: row.updatedAt.toISOString(),
  };
}

/** A reference to a catalog entry (by its id and name) of the given TMF type at its collection path. */
export const catalogRef = (row: { id: number; name: string }, path: string, referredType: string, baseUrl: string): CatalogRefView => ({
  id: String(row.id),
  href: tmfHref(baseUrl, path, row.id),
  name: row.name,
  '@referredType': referredType,
});

/** Groups rows by a key, keeping their order: the batched link reads of a page. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
