import { defineProcess, type StateTransition } from '@contactly/platform';
import type { AggregateChanges } from '../consolidation/aggregate-changes.js';
import type { CaseStatus } from '../consolidation/consolidate.js';
import { AGGREGATED_CASE_RESOURCE, AGGREGATED_CASE_TYPE, aggregatedSnapshot } from './aggregated-case-events.js';

/**
 * The status of an aggregated case: open while any member case is open. Nobody sets it: each
 * consolidation derives it from the members, and a group may first appear closed (every member
 * closed at its first pull) or reopen when a member does — so neither state is final.
 */
export const aggregatedCaseProcess = defineProcess<CaseStatus>({
  name: AGGREGATED_CASE_TYPE,
  resource: AGGREGATED_CASE_RESOURCE,
  states: ['open', 'closed'],
  initial: ['open', 'closed'],
  terminal: [],
  transitions: { open: ['closed'], closed: ['open'] },
});

/** The status moves of a consolidation's changed groups, checked against the process; unchanged statuses are none. */
export function statusTransitions(changes: Pick<AggregateChanges, 'changed'>, reason: string): StateTransition<CaseStatus>[] {
  const moves: StateTransition<CaseStatus>[] = [];
  for (const { before, group } of changes.changed) {
    const from = before.values.status;
    const to = group.values.status;
    if (from === to) continue;
    aggregatedCaseProcess.assertAllowed(from, to, before.id);
    moves.push({ resourceId: before.id, from, to, reason, resource: aggregatedSnapshot(before.id, group.key, group.values) });
  }
  return moves;
}
