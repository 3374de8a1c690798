import { type BusinessEvent, eventNames } from '@contactly/platform';
import type { AggregateChanges } from '../consolidation/aggregate-changes.js';
import type { AggregateValues } from '../consolidation/consolidate.js';

export const AGGREGATED_CASE_RESOURCE = 'AggregatedCase';
export const AGGREGATED_CASE_TYPE = 'aggregatedCase';

/** The event snapshot of an aggregated case. */
export function aggregatedSnapshot(id: number, groupKey: string, values: AggregateValues) {
  return {
    id,
    groupKey,
    provider: values.provider,
    errorCode: values.errorCode,
    status: values.status,
    caseCount: values.caseCount,
    openCount: values.openCount,
    sources: values.sources,
    firstSeen: values.firstSeen.toISOString(),
    lastSeen: values.lastSeen.toISOString(),
    title: values.title,
  };
}

/**
 * The events of the aggregated cases a consolidation created, changed or removed, in that order.
 * A change of status is a move of the aggregated case's process instead: its StateChangeEvent is
 * recorded with its history (see statusTransitions).
 */
export function aggregatedCaseEvents(changes: AggregateChanges, idsByKey: ReadonlyMap<string, number>): BusinessEvent[] {
  const names = eventNames(AGGREGATED_CASE_RESOURCE);
  const events: BusinessEvent[] = [];
  for (const group of changes.created) {
    const id = idsByKey.get(group.key)!;
    events.push({
      eventType: names.created,
      resourceType: AGGREGATED_CASE_TYPE,
      resourceId: id,
      resource: aggregatedSnapshot(id, group.key, group.values),
    });
  }
  for (const { before, group } of changes.changed) {
    if (before.values.status !== group.values.status) continue;
    events.push({
      eventType: names.attributeChanged,
      resourceType: AGGREGATED_CASE_TYPE,
      resourceId: before.id,
      resource: aggregatedSnapshot(before.id, group.key, group.values),
    });
  }
  for (const removed of changes.removed) {
    events.push({
      eventType: names.deleted,
      resourceType: AGGREGATED_CASE_TYPE,
      resourceId: removed.id,
      resource: aggregatedSnapshot(removed.id, removed.groupKey, removed.values),
    });
  }
  return events;
}
