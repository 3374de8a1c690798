import { explain, keyPartsOf, type WhyStep } from './classify.js';
import { errorCodeBase, type GroupingRules, type KeyField } from './grouping-rules.js';
import { normalizeProviderName, UNCLASSIFIED } from './normalize.js';

/** A stored member case as the explanation needs it. */
export interface ExplainedCase {
  source: string;
  externalId: string;
  providerRaw: string | null;
  errorCodeRaw: string | null;
  provider: string;
  errorCode: string;
  ruleKey: string;
  appliedRules: string;
}

export interface MergeRecord {
  fromKey: string;
  intoKey: string;
  reason: string;
  actorName: string;
  createdAt: Date;
}

export interface SplitRecord {
  groupKey: string;
  reason: string;
  actorName: string;
  createdAt: Date;
  fromAggregatedCaseId: number;
}

export interface OverrideStep {
  kind: 'split' | 'merge';
  fromKey: string | null;
  intoKey: string;
  reason: string;
  by: string;
  at: string;
}

export interface Why {
  /** The key of the group it is in. */
  groupKey: string;
  /** The key the grouping rules gave it (before splits and merges). */
  ruleKey: string;
  keyFields: string[];
  /** From the raw values to the key: normalization, aliases, rewrites, missing values. */
  steps: (WhyStep & { ruleText: string | null })[];
  /** What people decided, in order: a split, then merges. */
  overrides: OverrideStep[];
  /** Set when the rules changed since the last refresh and would now give another key. */
  nextRefreshRuleKey: string | null;
  summary: string;
}

const quote = (value: string | null) => (value === null ? 'none' : `"${value}"`);

/**
 * Rebuilds the steps of a stored classification from its raw and normalized values and the ids of
 * the rules that applied, so it explains what was done even if a rule changed since.
 */
function storedSteps(c: ExplainedCase, rules: GroupingRules): (WhyStep & { ruleText: string | null })[] {
  const applied = c.appliedRules ? c.appliedRules.split(',').map(Number) : [];
  const ruleOf = (kind: string) => applied.map((id) => ({ id, rule: rules.byId.get(id) })).find(({ rule }) => !rule || rule.kind === kind);
  const steps: (WhyStep & { ruleText: string | null })[] = [];
  const field = (
    name: 'provider' | 'errorCode',
    raw: string | null,
    base: string,
    value: string,
    kind: 'provider-alias' | 'error-code-rewrite',
  ) => {
    if (value === UNCLASSIFIED && !base) {
      steps.push({ field: name, action: 'missing', from: raw, to: UNCLASSIFIED, ruleId: null, rule: null, ruleText: null });
      return;
    }
    if (base !== raw) steps.push({ field: name, action: 'normalized', from: raw, to: base, ruleId: null, rule: null, ruleText: null });
    if (value !== base) {
      const found = ruleOf(kind);
      const rule = found?.rule;
      steps.push({
        field: name,
        action: kind === 'provider-alias' ? 'alias' : 'rewrite',
        from: base,
        to: value,
        ruleId: found?.id ?? null,
        rule: rule?.pattern ?? null,
        ruleText: rule
          ? kind === 'provider-alias'
            ? `alias "${rule.pattern}" → ${rule.replacement}`
            : `/${rule.pattern}/i → ${rule.replacement}`
          : found
            ? `rule #${found.id} (deleted since)`
            : null,
      });
    }
  };
  field('provider', c.providerRaw, c.providerRaw === null ? '' : normalizeProviderName(c.providerRaw), c.provider, 'provider-alias');
  field('errorCode', c.errorCodeRaw, c.errorCodeRaw === null ? '' : errorCodeBase(c.errorCodeRaw), c.errorCode, 'error-code-rewrite');
  return steps;
}

/**
 * Why a member case is in its group: the key its values make under the grouping rules, each step
 * that made it, and the splits and merges (with who, when and why) that moved it from there.
 */
export function whyOf(
  c: ExplainedCase,
  groupKey: string,
  rules: GroupingRules,
  split: SplitRecord | undefined,
  merges: ReadonlyMap<string, MergeRecord>,
): Why {
  const steps = storedSteps(c, rules);
  const overrides: OverrideStep[] = [];
  let key = c.ruleKey;
  if (split) {
    overrides.push({
      kind: 'split',
      fromKey: c.ruleKey,
      intoKey: split.groupKey,
      reason: split.reason,
      by: split.actorName,
      at: split.createdAt.toISOString(),
    });
    key = split.groupKey;
  }
  const seen = new Set([key]);
  for (let merge = merges.get(key); merge && !seen.has(merge.intoKey); merge = merges.get(key)) {
    overrides.push({
      kind: 'merge',
      fromKey: merge.fromKey,
      intoKey: merge.intoKey,
      reason: merge.reason,
      by: merge.actorName,
      at: merge.createdAt.toISOString(),
    });
    key = merge.intoKey;
    seen.add(key);
  }
  const now = explain({ source: c.source, providerRaw: c.providerRaw, errorCodeRaw: c.errorCodeRaw }, rules).ruleKey;
  const keyFields = Object.keys(keyPartsOf(c.ruleKey));
  const parts = [`Key ${c.ruleKey} (${keyFields.join(' + ')}).`];
  for (const step of steps) {
    const label = step.field === 'provider' ? 'Provider' : 'Error code';
    if (step.action === 'missing') parts.push(`${label}: none sent → ${UNCLASSIFIED}.`);
    else if (step.action === 'normalized') parts.push(`${label} ${quote(step.from)} normalized to ${quote(step.to)}.`);
    else
      parts.push(
        `${label} ${quote(step.from)} → ${quote(step.to)} by ${step.ruleId ? `rule #${step.ruleId}` : 'a rule'}${step.ruleText ? ` (${step.ruleText})` : ''}.`,
      );
  }
  for (const override of overrides) {
    parts.push(
      override.kind === 'split'
        ? `Split out by ${override.by} on ${override.at}: ${override.reason}.`
        : `Its group was merged into ${override.intoKey} by ${override.by} on ${override.at}: ${override.reason}.`,
    );
  }
  if (now !== c.ruleKey) parts.push(`The rules changed since the last refresh: the next refresh keys it ${now}.`);
  return {
    groupKey,
    ruleKey: c.ruleKey,
    keyFields: keyFields as KeyField[],
    steps,
    overrides,
    nextRefreshRuleKey: now !== c.ruleKey ? now : null,
    summary: parts.join(' '),
  };
}
