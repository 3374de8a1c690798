import type { AggregatedCaseRow, StoredAggregate } from '../aggregated-case/aggregated-case.repository.js';
import { type Group, sameValues } from './consolidate.js';

/** How the aggregated cases move from what is stored to the new grouping. */
export interface AggregateChanges<G extends Group = Group> {
  created: G[];
  /** Groups whose values changed; `before` is their stored state. */
  changed: { before: StoredAggregate; group: G }[];
  /** Stored aggregated cases whose group is gone. */
  removed: StoredAggregate[];
  /** The rows to write: the created and changed groups, versions bumped. */
  upserts: AggregatedCaseRow[];
  /** Changed groups that went from open to closed. */
  closed: number;
}

export function aggregateRow(group: Group, version: number, createdAt: Date, now: Date): AggregatedCaseRow {
  const v = group.values;
  return {
    groupKey: group.key,
    provider: v.provider,
    errorCode: v.errorCode,
    status: v.status,
    caseCount: v.caseCount,
    openCount: v.openCount,
    sources: v.sources.join(','),
    firstSeen: v.firstSeen,
    lastSeen: v.lastSeen,
    title: v.title,
    searchText: v.searchText,
    version,
    createdAt,
    updatedAt: now,
  };
}

/** Compares the new groups with the stored aggregated cases; unchanged groups are not rewritten. */
export function aggregateChanges<G extends Group>(
  groups: ReadonlyMap<string, G>,
  stored: readonly StoredAggregate[],
  now: Date,
): AggregateChanges<G> {
  const storedByKey = new Map(stored.map((a) => [a.groupKey, a]));
  const created: G[] = [];
  const changed: { before: StoredAggregate; group: G }[] = [];
  const upserts: AggregatedCaseRow[] = [];
  let closed = 0;
  for (const group of groups.values()) {
    const before = storedByKey.get(group.key);
    if (!before) {
      created.push(group);
      upserts.push(aggregateRow(group, 1, now, now));
    } else if (!sameValues(before.values, group.values)) {
      changed.push({ before, group });
      upserts.push(aggregateRow(group, before.version + 1, before.createdAt, now));
      if (before.values.status !== group.values.status && group.values.status === 'closed') closed += 1;
    }
  }
  const removed = stored.filter((a) => !groups.has(a.groupKey));
  return { created, changed, removed, upserts, closed };
}
