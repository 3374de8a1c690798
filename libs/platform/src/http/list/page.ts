/** One page of a list; the HTTP conventions (http/conventions.ts) turn it into headers plus the selected fields. */
export class Page<T> {
  constructor(
    readonly items: T[],
    readonly total: number,
    /** Attributes asked for with `fields=` (id and href are always kept), or null for all. */
    readonly fields: string[] | null = null,
    /**
     * Given (even null), the list is a conditional read: a strong ETag hashed from what is sent,
     * `Last-Modified` this time (the newest item's change) and 304 when the client has it already.
     */
    readonly lastModified?: Date | null,
  ) {}
}

/** Keeps only the requested first-level attributes (and `id`, `href`, `@type`). */
export function selectFields<T extends object>(item: T, fields: string[] | null): Partial<T> {
  if (!fields) return item;
  const keep = new Set([...fields, 'id', 'href', '@type']);
  return Object.fromEntries(Object.entries(item).filter(([key]) => keep.has(key))) as Partial<T>;
}
