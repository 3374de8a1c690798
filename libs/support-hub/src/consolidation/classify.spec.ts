import { Classifier, explain, groupKeyOf, keyPartsOf } from './classify.js';
import { compileRules, DEFAULT_RULES, type RuleRecord } from './grouping-rules.js';
import { normalizeProviderName } from './normalize.js';

const defaults = (): RuleRecord[] => DEFAULT_RULES.map((rule, index) => ({ ...rule, id: index + 1 }));
const rules = compileRules(defaults());
const classify = (providerRaw: string | null, errorCodeRaw: string | null, source = 'banana') =>
  explain({ source, providerRaw, errorCodeRaw }, rules);

describe('normalizeProviderName', () => {
  it.each([
    ['VODAFONE UK', 'vodafone-uk'],
    ['Vodafone  UK ', 'vodafone-uk'],
    ['vodafone-uk', 'vodafone-uk'],
    ['Telefónica', 'telefonica'],
    ['T-Mobile USA', 't-mobile-usa'],
    ['МТС', 'мтс'],
    ['  --O2 UK--  ', 'o2-uk'],
    ['!!!', ''],
  ])('%p → %p', (raw, normalized) => {
    expect(normalizeProviderName(raw)).toBe(normalized);
  });
});

describe('classification with the default rules', () => {
  it.each([
    ['VODAFONE UK', 'vodafone'],
    ['Vodafone UK', 'vodafone'],
    ['vodafone-uk', 'vodafone'],
    ['VODAFONE', 'vodafone'],
    ['Vodafone', 'vodafone'],
    ['ORANGE SA', 'orange'],
    ['orange-sa', 'orange'],
    ['Telefonica ES', 'telefonica'],
    ['Telefónica', 'telefonica'],
    ['МТС', 'mts'],
    ['mts-ru', 'mts'],
    ['DEUTSCHE TELEKOM AG', 'deutsche-telekom'],
    ['Telekom', 'deutsche-telekom'],
    ['O2 UK', 'o2'],
    ['Билайн', 'beeline'],
    ['T-Mobile USA', 't-mobile-us'],
    ['T-Mobile', 't-mobile-us'],
    ['Some New Telco', 'some-new-telco'],
  ])('provider %p is %p', (raw, provider) => {
    expect(classify(raw, 'E1101').provider).toBe(provider);
  });

  it.each(['E-1234', 'e1234', 'ERR1234', 'ERR-1234', 'e-1234', 'E1234', '1234', ' err 1234 ', 'E_1234'])(
    'error code %p is E1234',
    (raw) => {
      expect(classify('Vodafone', raw).errorCode).toBe('E1234');
    },
  );

  it('keeps a code no rewrite matches, upper-cased', () => {
    expect(classify('Vodafone', 'net-timeout').errorCode).toBe('NET-TIMEOUT');
  });

  it('keys by provider and error code, so all spellings of one problem share a key', () => {
    const keys = new Set([
      classify('VODAFONE UK', 'E-1101').ruleKey,
      classify('vodafone-uk', 'ERR1101', 'strawberry').ruleKey,
      classify('Vodafone', '1101', 'strawberry').ruleKey,
    ]);
    expect([...keys]).toEqual(['provider=vodafone|errorCode=E1101']);
  });

  it('puts a case without provider or error code under an explainable unclassified key', () => {
    expect(classify(null, 'E-1101')).toMatchObject({
      provider: 'unclassified',
      errorCode: 'E1101',
      ruleKey: 'provider=unclassified|errorCode=E1101',
    });
    expect(classify('Vodafone', null)).toMatchObject({ provider: 'vodafone', errorCode: 'unclassified' });
    expect(classify('  ', '')).toMatchObject({ ruleKey: 'provider=unclassified|errorCode=unclassified' });
    expect(classify(null, null).steps.map((s) => [s.field, s.action])).toEqual([
      ['provider', 'missing'],
      ['errorCode', 'missing'],
    ]);
  });

  it('records every step and the rules that applied', () => {
    const result = classify('VODAFONE UK', 'E-1101');
    expect(result.steps).toEqual([
      { field: 'provider', action: 'normalized', from: 'VODAFONE UK', to: 'vodafone-uk', ruleId: null, rule: null },
      { field: 'provider', action: 'alias', from: 'vodafone-uk', to: 'vodafone', ruleId: 2, rule: 'Vodafone UK' },
      {
        field: 'errorCode',
        action: 'rewrite',
        from: 'E-1101',
        to: 'E1101',
        ruleId: DEFAULT_RULES.length,
        rule: '^(?:E|ERR)?[-_.]?(\\d+)$',
      },
    ]);
    expect(result.appliedRuleIds).toEqual([2, DEFAULT_RULES.length]);
  });
});

describe('rules as data', () => {
  it('uses the key fields of the key-fields rule', () => {
    const byProvider = compileRules([{ id: 1, kind: 'key-fields', pattern: null, replacement: 'provider', position: 0, enabled: true }]);
    expect(explain({ source: 'banana', providerRaw: 'Orange', errorCodeRaw: 'X' }, byProvider).ruleKey).toBe('provider=orange');
    const bySource = compileRules([
      { id: 1, kind: 'key-fields', pattern: null, replacement: 'source,errorCode', position: 0, enabled: true },
    ]);
    expect(explain({ source: 'strawberry', providerRaw: 'Orange', errorCodeRaw: 'X' }, bySource).ruleKey).toBe(
      'source=strawberry|errorCode=X',
    );
  });

  it('applies the first rewrite by position and skips disabled rules', () => {
    const compiled = compileRules([
      { id: 1, kind: 'error-code-rewrite', pattern: '^E(\\d+)$', replacement: 'LATE$1', position: 5, enabled: true },
      { id: 2, kind: 'error-code-rewrite', pattern: '^E(\\d+)$', replacement: 'FIRST$1', position: 1, enabled: true },
      { id: 3, kind: 'error-code-rewrite', pattern: '.*', replacement: 'OFF', position: 0, enabled: false },
      { id: 4, kind: 'provider-alias', pattern: 'Vodafone', replacement: 'vf', position: 0, enabled: false },
    ]);
    expect(explain({ source: 'banana', providerRaw: 'Vodafone', errorCodeRaw: 'e7' }, compiled)).toMatchObject({
      provider: 'vodafone',
      errorCode: 'FIRST7',
      appliedRuleIds: [2],
    });
  });

  it('falls back to provider + errorCode without a key-fields rule', () => {
    expect(compileRules([]).keyFields).toEqual(['provider', 'errorCode']);
  });
});

describe('group keys', () => {
  it('escape separators inside values and read back', () => {
    const key = groupKeyOf(['provider', 'errorCode'], { provider: 'a', errorCode: 'X|Y=Z%', source: 'banana' });
    expect(key).toBe('provider=a|errorCode=X%7CY%3DZ%25');
    expect(keyPartsOf(key)).toEqual({ provider: 'a', errorCode: 'X|Y=Z%' });
    expect(keyPartsOf('split:abc')).toEqual({});
  });
});

describe('Classifier', () => {
  it('classifies each distinct spelling once and gives the same answer as explain()', () => {
    const classifier = new Classifier(rules);
    const first = classifier.classify({ source: 'banana', providerRaw: 'VODAFONE UK', errorCodeRaw: 'E-1101' });
    expect(classifier.classify({ source: 'banana', providerRaw: 'VODAFONE UK', errorCodeRaw: 'E-1101' })).toBe(first);
    const { steps: _steps, ...expected } = classify('VODAFONE UK', 'E-1101');
    expect(first).toEqual(expected);
  });
});
