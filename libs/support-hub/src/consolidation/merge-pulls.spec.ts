import { byRef, incomingCase, noRules, storedCase } from '../../test/consolidation-fixtures.js';
import { countTotals, mergePulls, type SourcePull } from './merge-pulls.js';

const pull = (cases: SourcePull['cases'], extra: Partial<SourcePull> = {}): SourcePull => ({
  source: 'banana',
  cases,
  seenIds: new Set(cases.map((c) => c.externalId)),
  deleteUnseen: false,
  ...extra,
});

describe('mergePulls', () => {
  it('counts new, changed and unchanged cases and carries only new and changed ones as incoming', () => {
    const same = incomingCase({ externalId: 'BAN-1' });
    const before = incomingCase({ externalId: 'BAN-2' });
    const stored = byRef([storedCase(1, same), storedCase(2, before)]);
    const changed = { ...before, status: 'closed' as const };
    const fresh = incomingCase({ externalId: 'BAN-3' });

    const { members, perSource, removedCaseIds } = mergePulls(stored, [pull([same, changed, fresh])], noRules(), false);

    expect(perSource.get('banana')).toEqual({ new: 1, changed: 1, unchanged: 1, deleted: 0, unclassified: 0, total: 0 });
    expect(members.get('banana:BAN-1')).toBe(stored.get('banana:BAN-1'));
    expect(members.get('banana:BAN-2')).toMatchObject({ status: 'closed', incoming: changed });
    expect(members.get('banana:BAN-3')).toMatchObject({ source: 'banana', externalId: 'BAN-3', incoming: fresh });
    expect(removedCaseIds).toEqual([]);
  });

  it('drops the stored cases of the source a complete full sync did not see, and only those', () => {
    const kept = incomingCase({ externalId: 'BAN-1' });
    const gone = incomingCase({ externalId: 'BAN-2' });
    const other = incomingCase({ source: 'strawberry', externalId: 'STR-1' });
    const stored = byRef([storedCase(1, kept), storedCase(2, gone), storedCase(3, other)]);

    const partial = mergePulls(stored, [pull([kept])], noRules(), false);
    expect(partial.removedCaseIds).toEqual([]);

    const full = mergePulls(stored, [pull([kept], { deleteUnseen: true })], noRules(), false);
    expect(full.removedCaseIds).toEqual([2]);
    expect([...full.members.keys()].sort()).toEqual(['banana:BAN-1', 'strawberry:STR-1']);
    expect(full.perSource.get('banana')?.deleted).toBe(1);
  });

  it('counts cases without a provider or code as unclassified', () => {
    const { perSource } = mergePulls(new Map(), [pull([incomingCase({ provider: null })])], noRules(), false);
    expect(perSource.get('banana')?.unclassified).toBe(1);
  });

  it('classifies stored cases again only when asked, keeping those whose classification stands', () => {
    const c = storedCase(1, incomingCase());
    const misfiled = { ...c, ref: 'banana:BAN-9', externalId: 'BAN-9', ruleKey: 'stale' };
    const stored = byRef([c, misfiled]);

    expect(mergePulls(stored, [], noRules(), false).members.get('banana:BAN-9')?.ruleKey).toBe('stale');
    const { members } = mergePulls(stored, [], noRules(), true);
    expect(members.get('banana:BAN-9')?.ruleKey).toBe(c.ruleKey);
    expect(members.get('banana:BAN-1')).toBe(c);
  });

  it('totals each pulled source after the merge', () => {
    const stored = byRef([
      storedCase(1, incomingCase({ externalId: 'BAN-1' })),
      storedCase(2, incomingCase({ source: 'strawberry', externalId: 'STR-1' })),
    ]);
    const { members, perSource } = mergePulls(stored, [pull([incomingCase({ externalId: 'BAN-2' })])], noRules(), false);
    countTotals(members.values(), perSource);
    expect(perSource.get('banana')?.total).toBe(2);
    expect(perSource.has('strawberry')).toBe(false);
  });
});
