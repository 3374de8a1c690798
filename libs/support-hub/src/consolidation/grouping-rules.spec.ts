import { compileRules, DEFAULT_RULES, parseKeyFields, RuleProblem, validateRewrite } from './grouping-rules.js';

const problemOf = (work: () => unknown): RuleProblem => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleProblem);
    return error as RuleProblem;
  }
  throw new Error('expected a RuleProblem');
};

describe('validateRewrite', () => {
  it('accepts a pattern and a replacement naming its groups', () => {
    expect(() => validateRewrite('^ERR-?(\\d+)$', 'E$1')).not.toThrow();
    expect(() => validateRewrite('^X(\\d)(\\d)$', 'Y$2$1')).not.toThrow();
    expect(() => validateRewrite('^OLD$', 'NEW')).not.toThrow();
  });

  it.each(['^(E', '[a-', '*x', '(?<n>a)(?<n>b)'])('refuses the invalid regular expression %p', (pattern) => {
    const problem = problemOf(() => validateRewrite(pattern, 'E$1'));
    expect(problem.field).toBe('pattern');
    expect(problem.message).toMatch(/not a valid regular expression/);
  });

  it('refuses a replacement naming a group the pattern lacks', () => {
    expect(problemOf(() => validateRewrite('^E(\\d+)$', 'E$2'))).toMatchObject({
      field: 'replacement',
      message: expect.stringContaining('$2'),
    });
    expect(problemOf(() => validateRewrite('^E\\d+$', 'E$1')).field).toBe('replacement');
  });

  it('refuses a pattern that matches an empty code', () => {
    expect(problemOf(() => validateRewrite('.*', 'X')).field).toBe('pattern');
  });
});

describe('parseKeyFields', () => {
  it('takes known fields in order', () => {
    expect(parseKeyFields('errorCode, provider')).toEqual(['errorCode', 'provider']);
  });
  it.each(['', 'title', 'provider,provider'])('refuses %p', (value) => {
    expect(problemOf(() => parseKeyFields(value)).field).toBe('keyFields');
  });
});

describe('compileRules', () => {
  it('compiles the defaults: provider + errorCode, aliases in normalized form, one rewrite', () => {
    const rules = compileRules(DEFAULT_RULES.map((rule, index) => ({ ...rule, id: index + 1 })));
    expect(rules.keyFields).toEqual(['provider', 'errorCode']);
    expect(rules.aliases.get('vodafone-uk')).toMatchObject({ canonical: 'vodafone', pattern: 'Vodafone UK' });
    expect(rules.aliases.get('мтс')?.canonical).toBe('mts');
    expect(rules.rewrites).toHaveLength(1);
  });

  it('ignores a stored pattern this runtime cannot compile instead of failing every refresh', () => {
    const rules = compileRules([{ id: 1, kind: 'error-code-rewrite', pattern: '(', replacement: 'X', position: 0, enabled: true }]);
    expect(rules.rewrites).toEqual([]);
  });

  it('keeps the first alias for a spelling', () => {
    const rules = compileRules([
      { id: 1, kind: 'provider-alias', pattern: 'VF', replacement: 'vodafone', position: 0, enabled: true },
      { id: 2, kind: 'provider-alias', pattern: 'vf', replacement: 'other', position: 1, enabled: true },
    ]);
    expect(rules.aliases.get('vf')?.ruleId).toBe(1);
  });
});
