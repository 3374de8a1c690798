import type { Translate } from './hub-i18n';
import type { Explained, GroupingRule, RuleKind } from './rules-api';
import { fieldLabel } from './why-text';

export const RULE_KINDS: readonly RuleKind[] = ['key-fields', 'provider-alias', 'error-code-rewrite'];
export const KEY_FIELDS = ['provider', 'errorCode', 'source'] as const;

export function kindLabel(kind: string, t: Translate): string {
  switch (kind) {
    case 'key-fields':
      return t('contactly.supportHub.rules.kind.keyFields', { _: 'Key fields' });
    case 'provider-alias':
      return t('contactly.supportHub.rules.kind.providerAlias', { _: 'Provider alias' });
    default:
      return t('contactly.supportHub.rules.kind.errorCodeRewrite', { _: 'Error-code rewrite' });
  }
}

/** "provider + error code" */
export const keyFieldsText = (fields: readonly string[], t: Translate): string =>
  fields.map((field) => fieldLabel(field, t).toLowerCase()).join(' + ');

/** A rule in a line: `Group by provider + error code`, `“Vodafone UK” → vodafone`, `/^ERR(\d+)$/ → E$1`. */
export function ruleSummary(rule: Pick<GroupingRule, 'kind' | 'pattern' | 'replacement' | 'keyFields'>, t: Translate): string {
  switch (rule.kind) {
    case 'key-fields':
      return t('contactly.supportHub.rules.groupBy', { _: 'Group by %{fields}', fields: keyFieldsText(rule.keyFields ?? [], t) });
    case 'provider-alias':
      return `“${rule.pattern ?? ''}” → ${rule.replacement}`;
    default:
      return `/${rule.pattern ?? ''}/ → ${rule.replacement}`;
  }
}

export interface Comparison {
  together: boolean;
  text: string;
}

/** Whether two cases would land in one aggregated case, and why (the key fields that differ). */
export function compareExplained(a: Explained, b: Explained, t: Translate): Comparison {
  if (a.key === b.key)
    return {
      together: true,
      text: t('contactly.supportHub.explain.together', {
        _: 'They would be grouped together: both get the key %{key}.',
        key: a.key,
      }),
    };
  const differences = a.keyFields
    .map((field) => {
      const valueOf = (explained: Explained) =>
        field === 'provider'
          ? explained.provider
          : field === 'errorCode'
            ? explained.errorCode
            : (explained.key.match(/source=([^|]*)/)?.[1] ?? '');
      const [left, right] = [valueOf(a), valueOf(b)];
      return left === right
        ? null
        : t('contactly.supportHub.explain.difference', { _: '%{field}: %{left} ≠ %{right}', field: fieldLabel(field, t), left, right });
    })
    .filter((line): line is string => line !== null);
  return {
    together: false,
    text: t('contactly.supportHub.explain.apart', {
      _: 'They would not be grouped together: %{differences}.',
      differences: differences.join('; '),
    }),
  };
}
