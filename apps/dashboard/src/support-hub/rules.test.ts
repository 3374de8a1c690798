import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { hubErrorText } from './hub-error-text';
import { EN, RU } from './hub-text.testing';
import { emptyRuleForm, formOfRule, ruleBody, ruleFormProblems } from './rule-form';
import { compareExplained, ruleSummary } from './rule-text';
import type { Explained, GroupingRule } from './rules-api';

const rule = (change: Partial<GroupingRule>): GroupingRule => ({
  id: 3,
  href: 'https://x/api/v1/support-hub/rules/3',
  kind: 'provider-alias',
  pattern: 'Vodafone UK',
  replacement: 'vodafone',
  keyFields: null,
  position: 1,
  enabled: true,
  description: null,
  version: 2,
  createdAt: '2026-11-23T07:00:00.000Z',
  updatedAt: '2026-11-23T07:00:00.000Z',
  ...change,
});

describe('the rule form', () => {
  it('needs what each kind needs, and a valid regular expression', () => {
    expect(ruleFormProblems(emptyRuleForm('provider-alias'))).toEqual({ pattern: 'required', replacement: 'required' });
    expect(ruleFormProblems({ ...emptyRuleForm('error-code-rewrite'), pattern: '^(E', replacement: 'E$1' })).toEqual({
      pattern: 'badRegex',
    });
    expect(ruleFormProblems({ ...emptyRuleForm('key-fields'), keyFields: [] })).toEqual({ keyFields: 'chooseField' });
    expect(ruleFormProblems({ ...emptyRuleForm('key-fields'), position: '-1' })).toEqual({ position: 'badPosition' });
    expect(ruleFormProblems(emptyRuleForm('key-fields'))).toEqual({});
  });

  it('sends only what the kind uses', () => {
    expect(ruleBody({ ...emptyRuleForm('provider-alias'), pattern: ' O2 UK ', replacement: 'o2', position: '4' })).toEqual({
      kind: 'provider-alias',
      pattern: 'O2 UK',
      replacement: 'o2',
      enabled: true,
      description: null,
      position: 4,
    });
    expect(
      ruleBody(
        formOfRule(rule({ kind: 'key-fields', pattern: null, replacement: 'provider,errorCode', keyFields: ['provider', 'errorCode'] })),
      ),
    ).toEqual({
      kind: 'key-fields',
      keyFields: ['provider', 'errorCode'],
      enabled: true,
      description: null,
      position: 1,
    });
  });
});

describe('rules in words', () => {
  it('sums a rule up in a line, in both languages', () => {
    expect(ruleSummary(rule({}), EN.t)).toBe('“Vodafone UK” → vodafone');
    expect(ruleSummary(rule({ kind: 'key-fields', keyFields: ['provider', 'errorCode'] }), EN.t)).toBe('Group by provider + error code');
    expect(ruleSummary(rule({ kind: 'key-fields', keyFields: ['provider', 'errorCode'] }), RU.t)).toBe(
      'Группировать по: оператор + код ошибки',
    );
    expect(ruleSummary(rule({ kind: 'error-code-rewrite', pattern: '^ERR(\\d+)$', replacement: 'E$1' }), EN.t)).toBe('/^ERR(\\d+)$/ → E$1');
  });

  it('says why two cases would or would not be grouped together', () => {
    const explained = (provider: string, errorCode: string): Explained => ({
      provider,
      errorCode,
      key: `provider=${provider}|errorCode=${errorCode}`,
      keyFields: ['provider', 'errorCode'],
      steps: [],
    });
    expect(compareExplained(explained('vodafone', 'E1101'), explained('vodafone', 'E1101'), EN.t)).toEqual({
      together: true,
      text: 'They would be grouped together: both get the key provider=vodafone|errorCode=E1101.',
    });
    expect(compareExplained(explained('vodafone', 'E1101'), explained('o2', 'E1101'), EN.t)).toEqual({
      together: false,
      text: 'They would not be grouped together: Provider: vodafone ≠ o2.',
    });
    expect(compareExplained(explained('vodafone', 'E1101'), explained('o2', 'E2'), RU.t).text).toBe(
      'Они не попадут в одну группу: Оператор: vodafone ≠ o2; Код ошибки: E1101 ≠ E2.',
    );
  });

  it('explains a stale edit and a refused field in both languages, naming the field in words', () => {
    const stale = new ApiError('Rule 3 was changed by someone else', 412, 'PRECONDITION_FAILED');
    expect(hubErrorText(stale, 'rule', EN.t)).toBe(
      'Someone else changed this in the meantime. Reload to see their change, then try again.',
    );
    expect(hubErrorText(stale, 'rename', RU.t)).toBe('Кто-то уже изменил это. Обновите страницу, чтобы увидеть изменения, и повторите.');
    const refused = new ApiError('pattern bad', 400, 'INVALID_RULE', undefined, [
      { field: 'pattern', message: 'must be a regular expression' },
    ]);
    expect(hubErrorText(refused, 'rule', EN.t)).toBe('The pattern must be a regular expression.');
    expect(hubErrorText(refused, 'rule', RU.t)).toBe('Шаблон: must be a regular expression.');
  });
});
