import {
  aggregate,
  consolidate,
  effectiveKeyOf,
  type MemberState,
  NO_OVERRIDES,
  type Overrides,
  resolveMerges,
  sameValues,
} from './consolidate.js';

let sequence = 0;
function member(overrides: Partial<MemberState> = {}): MemberState {
  sequence += 1;
  return {
    ref: `banana:BAN-${sequence}`,
    source: 'banana',
    provider: 'vodafone',
    errorCode: 'E1101',
    ruleKey: 'provider=vodafone|errorCode=E1101',
    status: 'open',
    createdAt: new Date('2026-01-10T00:00:00.000Z'),
    updatedAt: new Date('2026-01-12T00:00:00.000Z'),
    title: 'SIM activation fails',
    providerRaw: 'VODAFONE UK',
    errorCodeRaw: 'E-1101',
    ...overrides,
  };
}

describe('aggregate', () => {
  it('is open while any member is open, with counts, sources and first/last seen', () => {
    const values = aggregate('provider=vodafone|errorCode=E1101', [
      member({
        status: 'closed',
        source: 'strawberry',
        createdAt: new Date('2026-01-01T00:00:00.000Z'),
        updatedAt: new Date('2026-01-02T00:00:00.000Z'),
      }),
      member({ status: 'open', updatedAt: new Date('2026-01-20T00:00:00.000Z'), title: 'Newest' }),
      member({ status: 'closed' }),
    ]);
    expect(values).toMatchObject({
      provider: 'vodafone',
      errorCode: 'E1101',
      status: 'open',
      caseCount: 3,
      openCount: 1,
      sources: ['banana', 'strawberry'],
      firstSeen: new Date('2026-01-01T00:00:00.000Z'),
      lastSeen: new Date('2026-01-20T00:00:00.000Z'),
      title: 'Newest',
    });
  });

  it('is closed when every member is closed', () => {
    expect(aggregate('k', [member({ status: 'closed' }), member({ status: 'closed' })]).status).toBe('closed');
  });

  it('takes provider and code from the key, else from most members', () => {
    expect(aggregate('provider=vodafone|errorCode=E1101', [member({ provider: 'orange', errorCode: 'E9' })])).toMatchObject({
      provider: 'vodafone',
      errorCode: 'E1101',
    });
    const split = aggregate('split:abc', [member({ provider: 'orange' }), member({ provider: 'orange' }), member({ provider: 'o2' })]);
    expect(split).toMatchObject({ provider: 'orange', errorCode: 'E1101' });
    expect(aggregate('provider=orange', [member({ errorCode: 'E2' }), member({ errorCode: 'E1' })]).errorCode).toBe('E1');
  });

  it('builds lower-cased search text from values, raw spellings and titles', () => {
    const values = aggregate('provider=vodafone|errorCode=E1101', [
      member({ providerRaw: 'VODAFONE UK', title: 'Urgent: SIM activation fails' }),
      member({ providerRaw: 'Telefónica' }),
    ]);
    expect(values.searchText).toContain('vodafone e1101');
    expect(values.searchText).toContain('vodafone uk');
    expect(values.searchText).toContain('telefonica');
    expect(values.searchText).toContain('urgent: sim activation fails');
  });

  it('does not depend on the order of members', () => {
    const members = [
      member({ updatedAt: new Date('2026-01-05T00:00:00.000Z'), title: 'B' }),
      member({ updatedAt: new Date('2026-01-05T00:00:00.000Z'), title: 'A' }),
      member({ title: 'C' }),
    ];
    expect(sameValues(aggregate('k', members), aggregate('k', [...members].reverse()))).toBe(true);
  });

  it('refuses an empty group', () => {
    expect(() => aggregate('k', [])).toThrow();
  });
});

describe('overrides', () => {
  const overrides: Overrides = {
    splits: new Map([['banana:X', 'split:one']]),
    merges: new Map([
      ['provider=a|errorCode=E1', 'provider=b|errorCode=E2'],
      ['provider=b|errorCode=E2', 'provider=c|errorCode=E3'],
      ['split:one', 'provider=d|errorCode=E4'],
      ['loop:1', 'loop:2'],
      ['loop:2', 'loop:1'],
    ]),
  };

  it('follow merge chains and stop at a cycle', () => {
    expect(resolveMerges('provider=a|errorCode=E1', overrides.merges)).toBe('provider=c|errorCode=E3');
    expect(resolveMerges('provider=z', overrides.merges)).toBe('provider=z');
    expect(['loop:1', 'loop:2']).toContain(resolveMerges('loop:1', overrides.merges));
  });

  it('apply splits first, then merges, and say which applied', () => {
    expect(effectiveKeyOf({ ref: 'banana:Y', ruleKey: 'provider=q' }, overrides)).toEqual({ key: 'provider=q', origin: 'rules' });
    expect(effectiveKeyOf({ ref: 'banana:Y', ruleKey: 'provider=a|errorCode=E1' }, overrides)).toEqual({
      key: 'provider=c|errorCode=E3',
      origin: 'merge',
    });
    expect(effectiveKeyOf({ ref: 'banana:X', ruleKey: 'provider=q' }, { ...overrides, merges: new Map() })).toEqual({
      key: 'split:one',
      origin: 'split',
    });
    expect(effectiveKeyOf({ ref: 'banana:X', ruleKey: 'provider=q' }, overrides)).toEqual({
      key: 'provider=d|errorCode=E4',
      origin: 'merge',
    });
  });
});

describe('consolidate', () => {
  it('groups by key and aggregates each group', () => {
    const groups = consolidate(
      [
        member(),
        member({ source: 'strawberry' }),
        member({ provider: 'orange', ruleKey: 'provider=orange|errorCode=E1101', status: 'closed' }),
      ],
      NO_OVERRIDES,
    );
    expect([...groups.keys()].sort()).toEqual(['provider=orange|errorCode=E1101', 'provider=vodafone|errorCode=E1101']);
    expect(groups.get('provider=vodafone|errorCode=E1101')!.values).toMatchObject({ caseCount: 2, sources: ['banana', 'strawberry'] });
    expect(groups.get('provider=orange|errorCode=E1101')!.values).toMatchObject({ caseCount: 1, status: 'closed' });
  });

  it('moves merged groups and split cases, whatever the rules say', () => {
    const a = member({ ref: 'banana:A', ruleKey: 'provider=vodafone|errorCode=E1101' });
    const b = member({ ref: 'banana:B', ruleKey: 'provider=vodafone|errorCode=E1101' });
    const c = member({ ref: 'banana:C', provider: 'orange', ruleKey: 'provider=orange|errorCode=E1101' });
    const groups = consolidate([a, b, c], {
      splits: new Map([['banana:B', 'split:b']]),
      merges: new Map([['provider=orange|errorCode=E1101', 'provider=vodafone|errorCode=E1101']]),
    });
    expect(
      groups
        .get('provider=vodafone|errorCode=E1101')!
        .members.map((m) => m.ref)
        .sort(),
    ).toEqual(['banana:A', 'banana:C']);
    expect(groups.get('split:b')!.members.map((m) => m.ref)).toEqual(['banana:B']);
    expect(groups.has('provider=orange|errorCode=E1101')).toBe(false);
  });
});
