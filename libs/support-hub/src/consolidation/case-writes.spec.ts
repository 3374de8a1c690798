import { byRef, incomingCase, storedCase } from '../../test/consolidation-fixtures.js';
import { caseWrites } from './case-writes.js';
import { consolidate, NO_OVERRIDES } from './consolidate.js';
import type { Member } from './merge-pulls.js';

const now = new Date('2026-02-01T00:00:00.000Z');

describe('caseWrites', () => {
  const first = storedCase(1, incomingCase({ externalId: 'BAN-1' }), undefined, 7);
  const second = storedCase(2, incomingCase({ externalId: 'BAN-2' }), undefined, 7);
  const stored = byRef([first, second]);
  const key = first.ruleKey;

  it('writes nothing for cases whose group and labels stand', () => {
    expect(caseWrites(consolidate<Member>([first, second], NO_OVERRIDES).values(), stored, new Map([[key, 7]]), now)).toEqual({
      rows: [],
      regroupings: [],
    });
  });

  it('writes incoming cases whole, with their group id', () => {
    const incoming = incomingCase({ externalId: 'BAN-3', sourceStatus: 'x'.repeat(30) });
    const member: Member = { ...storedCase(0, incoming), incoming };
    const { rows, regroupings } = caseWrites(
      consolidate<Member>([first, second, member], NO_OVERRIDES).values(),
      stored,
      new Map([[key, 7]]),
      now,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        externalId: 'BAN-3',
        aggregatedCaseId: 7,
        sourceStatus: 'x'.repeat(20),
        firstFetchedAt: now,
        lastChangedAt: now,
      }),
    ]);
    expect(regroupings).toEqual([]);
  });

  it('moves regrouped stored cases with one update per distinct set of values', () => {
    const { rows, regroupings } = caseWrites(consolidate<Member>([first, second], NO_OVERRIDES).values(), stored, new Map([[key, 9]]), now);
    expect(rows).toEqual([]);
    expect(regroupings).toEqual([
      {
        values: {
          provider: first.provider,
          errorCode: first.errorCode,
          ruleKey: key,
          appliedRules: first.appliedRules,
          aggregatedCaseId: 9,
        },
        ids: [1, 2],
      },
    ]);
  });
});
