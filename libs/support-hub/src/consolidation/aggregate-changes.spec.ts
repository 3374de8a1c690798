import { incomingCase, storedAggregate, storedCase } from '../../test/consolidation-fixtures.js';
import { aggregateChanges } from './aggregate-changes.js';
import { consolidate, NO_OVERRIDES } from './consolidate.js';

const now = new Date('2026-02-01T00:00:00.000Z');

describe('aggregateChanges', () => {
  const open = storedCase(1, incomingCase({ externalId: 'BAN-1' }));
  const key = open.ruleKey;

  it('creates a group that has no stored aggregated case, at version 1', () => {
    const changes = aggregateChanges(consolidate([open], NO_OVERRIDES), [], now);
    expect(changes.created.map((g) => g.key)).toEqual([key]);
    expect(changes.upserts).toEqual([
      expect.objectContaining({ groupKey: key, version: 1, createdAt: now, updatedAt: now, status: 'open', sources: 'banana' }),
    ]);
    expect(changes).toMatchObject({ changed: [], removed: [], closed: 0 });
  });

  it('leaves an unchanged group alone', () => {
    const changes = aggregateChanges(consolidate([open], NO_OVERRIDES), [storedAggregate(7, key, [open])], now);
    expect(changes).toMatchObject({ created: [], changed: [], removed: [], upserts: [], closed: 0 });
  });

  it('bumps the version of a changed group, keeps its creation time and counts it closed when its last open member closed', () => {
    const before = storedAggregate(7, key, [open], 3);
    const changes = aggregateChanges(consolidate([{ ...open, status: 'closed' as const }], NO_OVERRIDES), [before], now);
    expect(changes.changed).toEqual([{ before, group: expect.objectContaining({ key }) }]);
    expect(changes.upserts).toEqual([
      expect.objectContaining({ groupKey: key, version: 4, createdAt: before.createdAt, status: 'closed', openCount: 0 }),
    ]);
    expect(changes.closed).toBe(1);
  });

  it('does not count a reopened group as closed', () => {
    const closedBefore = storedAggregate(7, key, [{ ...open, status: 'closed' }]);
    expect(aggregateChanges(consolidate([open], NO_OVERRIDES), [closedBefore], now).closed).toBe(0);
  });

  it('removes a stored aggregated case whose group is gone', () => {
    const gone = storedAggregate(8, 'provider=three|errorCode=E9', [open]);
    const changes = aggregateChanges(consolidate([open], NO_OVERRIDES), [storedAggregate(7, key, [open]), gone], now);
    expect(changes.removed).toEqual([gone]);
  });
});
