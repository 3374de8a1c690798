import type { GroupingRule, RuleInput, RuleKind } from './rules-api';

/** The rule editor's fields as typed. */
export interface RuleForm {
  kind: RuleKind;
  pattern: string;
  replacement: string;
  keyFields: string[];
  /** Empty: last of its kind. */
  position: string;
  enabled: boolean;
  description: string;
}

export type RuleFormProblem = 'required' | 'badRegex' | 'chooseField' | 'badPosition';

export const emptyRuleForm = (kind: RuleKind): RuleForm => ({
  kind,
  pattern: '',
  replacement: '',
  keyFields: kind === 'key-fields' ? ['provider', 'errorCode'] : [],
  position: '',
  enabled: true,
  description: '',
});

export const formOfRule = (rule: GroupingRule): RuleForm => ({
  kind: rule.kind,
  pattern: rule.pattern ?? '',
  replacement: rule.kind === 'key-fields' ? '' : rule.replacement,
  keyFields: rule.keyFields ?? [],
  position: String(rule.position),
  enabled: rule.enabled,
  description: rule.description ?? '',
});

/** What is wrong with the form before it is sent, by field (the server checks again). */
export function ruleFormProblems(form: RuleForm): Partial<Record<keyof RuleForm, RuleFormProblem>> {
  const problems: Partial<Record<keyof RuleForm, RuleFormProblem>> = {};
  if (form.kind === 'key-fields') {
    if (form.keyFields.length === 0) problems.keyFields = 'chooseField';
  } else {
    if (!form.pattern.trim()) problems.pattern = 'required';
    else if (form.kind === 'error-code-rewrite') {
      try {
        new RegExp(form.pattern, 'i');
      } catch {
        problems.pattern = 'badRegex';
      }
    }
    if (!form.replacement.trim()) problems.replacement = 'required';
  }
  if (form.position.trim() && !/^\d{1,6}$/.test(form.position.trim())) problems.position = 'badPosition';
  return problems;
}

/** The body of a create (with the kind) or a change (without: a rule's kind never changes). */
export function ruleBody(form: RuleForm): RuleInput {
  const position = form.position.trim() ? Number(form.position.trim()) : undefined;
  const common = {
    enabled: form.enabled,
    description: form.description.trim() || null,
    ...(position === undefined ? {} : { position }),
  };
  return form.kind === 'key-fields'
    ? { kind: form.kind, keyFields: form.keyFields, ...common }
    : { kind: form.kind, pattern: form.pattern.trim(), replacement: form.replacement.trim(), ...common };
}
