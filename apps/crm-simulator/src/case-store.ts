/** Where a record sits in the listing order: by last update, then id. */
export interface CaseKey {
  readonly updatedMs: number;
  readonly id: string;
}

interface Entry<T> extends CaseKey {
  readonly record: T;
}

export interface CasePage<T> {
  records: T[];
  /** Records that match the filter, over all pages. */
  total: number;
  /** Key of the last record returned, for cursor paging. */
  last: CaseKey | null;
  hasMore: boolean;
}

interface PageQuery {
  /** Inclusive: a record updated exactly then is listed. */
  updatedSinceMs?: number;
  limit: number;
  /** Start the page with the previous page's last record (the duplicate-across-pages fault). */
  repeatPrevious?: boolean;
}

const compareKeys = (a: CaseKey, b: CaseKey) => a.updatedMs - b.updatedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One vendor's cases in memory, kept sorted by (updated, id) so that a page is a binary search and a
 * slice: tens of thousands of cases page in O(log n + page) without sorting per request. Writes
 * splice into place (O(n) memory moves, cheap at this size).
 */
export class CaseStore<T> {
  private entries: Entry<T>[] = [];
  private readonly byId = new Map<string, Entry<T>>();

  constructor(private readonly keyOf: (record: T) => CaseKey) {}

  get size(): number {
    return this.entries.length;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.record;
  }

  replaceAll(records: readonly T[]): void {
    this.entries = records.map((record) => this.entryOf(record)).sort(compareKeys);
    this.byId.clear();
    for (const entry of this.entries) {
      if (this.byId.has(entry.id)) throw new Error(`duplicate case id ${entry.id}`);
      this.byId.set(entry.id, entry);
    }
  }

  add(record: T): void {
    const entry = this.entryOf(record);
    if (this.byId.has(entry.id)) throw new Error(`duplicate case id ${entry.id}`);
    this.entries.splice(
      this.firstIndexWhere((e) => compareKeys(e, entry) > 0),
      0,
      entry,
    );
    this.byId.set(entry.id, entry);
  }

  /** Replaces a record with `update(current)`; undefined when there is no such id. */
  change(id: string, update: (current: T) => T): T | undefined {
    const current = this.byId.get(id);
    if (!current) return undefined;
    const changed = update(current.record);
    if (this.keyOf(changed).id !== id) throw new Error('a change must keep the case id');
    this.delete(id);
    this.add(changed);
    return changed;
  }

  delete(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.entries.splice(
      this.firstIndexWhere((e) => compareKeys(e, entry) >= 0),
      1,
    );
    this.byId.delete(id);
    return true;
  }

  /** Page/offset paging: positions shift when records change in between, as with real offset APIs. */
  pageByOffset(query: PageQuery & { offset: number }): CasePage<T> {
    const first = this.firstUpdatedSince(query.updatedSinceMs);
    return this.page(first, first + query.offset, query);
  }

  /** Keyset paging: continues after `after` however the records before it changed. */
  pageAfter(query: PageQuery & { after?: CaseKey }): CasePage<T> {
    const first = this.firstUpdatedSince(query.updatedSinceMs);
    const { after } = query;
    const start = after
      ? Math.max(
          first,
          this.firstIndexWhere((e) => compareKeys(e, after) > 0),
        )
      : first;
    return this.page(first, start, query);
  }

  private page(first: number, start: number, { limit, repeatPrevious }: PageQuery): CasePage<T> {
    const end = Math.min(start + limit, this.entries.length);
    // Only a page with fresh records repeats one: an empty last page stays empty.
    const from = repeatPrevious && start > first && start < end ? start - 1 : start;
    const slice = this.entries.slice(from, Math.max(from, end));
    const last = slice.at(-1);
    return {
      records: slice.map((e) => e.record),
      total: this.entries.length - first,
      last: last ? { updatedMs: last.updatedMs, id: last.id } : null,
      hasMore: end < this.entries.length,
    };
  }

  private firstUpdatedSince(updatedSinceMs: number | undefined): number {
    return updatedSinceMs === undefined ? 0 : this.firstIndexWhere((e) => e.updatedMs >= updatedSinceMs);
  }

  /** Binary search over the sorted entries for the first one that satisfies a monotonic predicate. */
  private firstIndexWhere(isAtOrPast: (entry: Entry<T>) => boolean): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (isAtOrPast(this.entries[mid])) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  private entryOf(record: T): Entry<T> {
    return { ...this.keyOf(record), record };
  }
}
