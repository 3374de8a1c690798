import { incomingCase, storedAggregate, storedCase } from '../../test/consolidation-fixtures.js';
import { aggregateChanges } from '../consolidation/aggregate-changes.js';
import { consolidate, NO_OVERRIDES } from '../consolidation/consolidate.js';
import { aggregatedCaseEvents } from './aggregated-case-events.js';
import { aggregatedCaseProcess, statusTransitions } from './aggregated-case.process.js';

const now = new Date('2026-02-01T00:00:00.000Z');

describe('the aggregated case process', () => {
  const open = storedCase(1, incomingCase({ externalId: 'BAN-1' }));
  const other = storedCase(2, incomingCase({ externalId: 'BAN-2', provider: 'Orange' }));
  const closing = aggregateChanges(
    consolidate(
      [
        { ...open, status: 'closed' as const },
        { ...other, title: 'Renamed' },
      ],
      NO_OVERRIDES,
    ),
    [storedAggregate(7, open.ruleKey, [open]), storedAggregate(8, other.ruleKey, [other])],
    now,
  );

  it('lets a group close and reopen, neither state final', () => {
    expect(aggregatedCaseProcess.canMove('open', 'closed')).toBe(true);
    expect(aggregatedCaseProcess.canMove('closed', 'open')).toBe(true);
    expect(aggregatedCaseProcess.terminal).toEqual([]);
  });

  it('moves only the groups whose status changed', () => {
    expect(statusTransitions(closing, 'refresh run 3')).toEqual([
      {
        resourceId: 7,
        from: 'open',
        to: 'closed',
        reason: 'refresh run 3',
        resource: expect.objectContaining({ id: 7, status: 'closed', openCount: 0 }),
      },
    ]);
  });

  it('leaves the state change event to the move and keeps the attribute change of the others', () => {
    expect(aggregatedCaseEvents(closing, new Map()).map((e) => [e.eventType, e.resourceId])).toEqual([
      ['AggregatedCaseAttributeValueChangeEvent', 8],
    ]);
  });
});
