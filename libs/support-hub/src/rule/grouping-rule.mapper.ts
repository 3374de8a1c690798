import { ruleHref } from '../support-hub-paths.js';
import type { GroupingRuleView } from './dto/grouping-rule.dto.js';
import type { GroupingRule } from './grouping-rule.entity.js';

export function toGroupingRuleView(rule: GroupingRule, baseUrl: string): GroupingRuleView {
  return {
    id: rule.id,
    href: ruleHref(baseUrl, rule.id),
    kind: rule.kind,
    pattern: rule.pattern,
    replacement: rule.replacement,
    keyFields: rule.kind === 'key-fields' ? rule.replacement.split(',') : null,
    position: rule.position,
    enabled: rule.enabled,
    description: rule.description,
    version: rule.version,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}
