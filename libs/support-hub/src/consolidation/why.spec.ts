import { compileRules, DEFAULT_RULES, type RuleRecord } from './grouping-rules.js';
import { whyOf } from './why.js';

const records: RuleRecord[] = DEFAULT_RULES.map((rule, index) => ({ ...rule, id: index + 1 }));
const rules = compileRules(records);
const rewriteId = records.find((r) => r.kind === 'error-code-rewrite')!.id;
const stored = {
  source: 'banana',
  externalId: 'BAN-000001',
  providerRaw: 'VODAFONE UK',
  errorCodeRaw: 'E-1101',
  provider: 'vodafone',
  errorCode: 'E1101',
  ruleKey: 'provider=vodafone|errorCode=E1101',
  appliedRules: `2,${rewriteId}`,
};

describe('whyOf', () => {
  it('explains the key step by step, naming the rules', () => {
    const why = whyOf(stored, stored.ruleKey, rules, undefined, new Map());
    expect(why.steps.map((s) => [s.field, s.action, s.from, s.to, s.ruleId])).toEqual([
      ['provider', 'normalized', 'VODAFONE UK', 'vodafone-uk', null],
      ['provider', 'alias', 'vodafone-uk', 'vodafone', 2],
      ['errorCode', 'rewrite', 'E-1101', 'E1101', rewriteId],
    ]);
    expect(why.steps[1].ruleText).toBe('alias "Vodafone UK" → vodafone');
    expect(why).toMatchObject({ groupKey: stored.ruleKey, keyFields: ['provider', 'errorCode'], overrides: [], nextRefreshRuleKey: null });
    expect(why.summary).toContain('rule #2');
  });

  it('names the split and the merges that moved a case, with who and why', () => {
    const at = new Date('2026-01-15T09:00:00.000Z');
    const why = whyOf(
      stored,
      'provider=orange|errorCode=E2',
      rules,
      { groupKey: 'split:x', reason: 'different fault', actorName: 'anna', createdAt: at, fromAggregatedCaseId: 4 },
      new Map([
        [
          'split:x',
          { fromKey: 'split:x', intoKey: 'provider=orange|errorCode=E2', reason: 'same outage', actorName: 'sergei', createdAt: at },
        ],
      ]),
    );
    expect(why.overrides).toEqual([
      { kind: 'split', fromKey: stored.ruleKey, intoKey: 'split:x', reason: 'different fault', by: 'anna', at: at.toISOString() },
      {
        kind: 'merge',
        fromKey: 'split:x',
        intoKey: 'provider=orange|errorCode=E2',
        reason: 'same outage',
        by: 'sergei',
        at: at.toISOString(),
      },
    ]);
    expect(why.summary).toContain('Split out by anna');
    expect(why.summary).toContain('same outage');
  });

  it('says when the rules changed since and what the next refresh will do', () => {
    const changed = compileRules(records.filter((r) => r.id !== 2));
    const why = whyOf(stored, stored.ruleKey, changed, undefined, new Map());
    expect(why.nextRefreshRuleKey).toBe('provider=vodafone-uk|errorCode=E1101');
    // The stored classification is still explained, the rule marked as gone.
    expect(why.steps[1]).toMatchObject({ action: 'alias', ruleId: 2, ruleText: 'rule #2 (deleted since)' });
  });

  it('explains an unclassified case', () => {
    const why = whyOf(
      {
        ...stored,
        providerRaw: null,
        provider: 'unclassified',
        ruleKey: 'provider=unclassified|errorCode=E1101',
        appliedRules: `${rewriteId}`,
      },
      'provider=unclassified|errorCode=E1101',
      rules,
      undefined,
      new Map(),
    );
    expect(why.steps[0]).toMatchObject({ field: 'provider', action: 'missing', to: 'unclassified' });
    expect(why.summary).toContain('none sent');
  });
});
