import { byRef, incomingCase, storedAggregate, storedCase } from '../../test/consolidation-fixtures.js';
import { aggregateChanges } from './aggregate-changes.js';
import { consolidate, NO_OVERRIDES } from './consolidate.js';
import { newMembers, snapshotOf, type WrittenState } from './consolidation-snapshot.js';
import type { Member } from './merge-pulls.js';

const now = new Date('2026-02-01T00:00:00.000Z');

describe('consolidation snapshot', () => {
  const kept = storedCase(1, incomingCase({ externalId: 'BAN-1' }), undefined, 7);
  const stored = byRef([kept]);
  const key = kept.ruleKey;
  const arriving = incomingCase({ externalId: 'BAN-2', status: 'closed' });
  const added: Member = { ...storedCase(0, arriving), incoming: arriving };
  const groups = consolidate<Member>([kept, added], NO_OVERRIDES);
  const storedAggregates = [storedAggregate(7, key, [kept], 2)];
  const written: WrittenState = {
    token: 't1',
    rulesSignature: '[]',
    stored,
    groups,
    idsByKey: new Map([[key, 7]]),
    storedAggregates,
    changes: aggregateChanges(groups, storedAggregates, now),
    now,
  };

  it('names the members inserted by the write', () => {
    expect(newMembers(groups, stored)).toEqual([added]);
  });

  it('holds what the write left: kept cases as they were, inserted ones with their new id, changed groups a version up', () => {
    const snapshot = snapshotOf(written, new Map([['banana:BAN-2', 42]]), 123)!;
    expect(snapshot).toMatchObject({ token: 't1', rulesSignature: '[]', createdAt: 123 });
    expect(snapshot.cases.get('banana:BAN-1')).toBe(kept);
    expect(snapshot.cases.get('banana:BAN-2')).toMatchObject({ id: 42, aggregatedCaseId: 7, status: 'closed' });
    expect(snapshot.aggregates).toEqual([expect.objectContaining({ id: 7, groupKey: key, version: 3, values: groups.get(key)!.values })]);
  });

  it('is not made when an inserted case has no id', () => {
    expect(snapshotOf(written, new Map(), 123)).toBeUndefined();
  });
});
