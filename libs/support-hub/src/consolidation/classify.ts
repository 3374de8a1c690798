import { errorCodeBase, type GroupingRules, type KeyField } from './grouping-rules.js';
import { ERROR_CODE_MAX, normalizeProviderName, UNCLASSIFIED } from './normalize.js';

/** What classification looks at: the raw values a CRM sent. */
export interface CaseFacts {
  source: string;
  providerRaw: string | null;
  errorCodeRaw: string | null;
}

/** The result: normalized values, the grouping key they make, and which rules made them. */
export interface Classification {
  provider: string;
  errorCode: string;
  ruleKey: string;
  /** Ids of the alias and rewrite rules that changed a value, in the order they applied. */
  appliedRuleIds: number[];
}

/** One step from a raw value to its normalized form; together they say why a case is where it is. */
export interface WhyStep {
  field: 'provider' | 'errorCode';
  action: 'missing' | 'normalized' | 'alias' | 'rewrite';
  from: string | null;
  to: string;
  ruleId: number | null;
  /** The rule's pattern (rewrite) or alias, as it applied. */
  rule: string | null;
}

export interface Explained extends Classification {
  steps: WhyStep[];
}

const escapeKeyPart = (value: string) => value.replace(/[%|=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The grouping key of a set of values, e.g. `provider=vodafone|errorCode=E1101`. */
export function groupKeyOf(keyFields: readonly KeyField[], values: Record<KeyField, string>): string {
  return keyFields.map((field) => `${field}=${escapeKeyPart(values[field])}`).join('|');
}

/** The values a rules key names (a split key names none). */
export function keyPartsOf(key: string): Partial<Record<KeyField, string>> {
  if (key.startsWith('split:')) return {};
  const parts: Partial<Record<KeyField, string>> = {};
  for (const part of key.split('|')) {
    const at = part.indexOf('=');
    if (at > 0) parts[part.slice(0, at) as KeyField] = decodeURIComponent(part.slice(at + 1));
  }
  return parts;
}

function explainProvider(raw: string | null, rules: GroupingRules, steps: WhyStep[], applied: number[]): string {
  const base = raw === null ? '' : normalizeProviderName(raw);
  if (!base) {
    steps.push({ field: 'provider', action: 'missing', from: raw, to: UNCLASSIFIED, ruleId: null, rule: null });
    return UNCLASSIFIED;
  }
  if (base !== raw) steps.push({ field: 'provider', action: 'normalized', from: raw, to: base, ruleId: null, rule: null });
  const alias = rules.aliases.get(base);
  if (!alias || alias.canonical === base) return base;
  steps.push({ field: 'provider', action: 'alias', from: base, to: alias.canonical, ruleId: alias.ruleId, rule: alias.pattern });
  applied.push(alias.ruleId);
  return alias.canonical;
}

function explainErrorCode(raw: string | null, rules: GroupingRules, steps: WhyStep[], applied: number[]): string {
  const base = raw === null ? '' : errorCodeBase(raw);
  if (!base) {
    steps.push({ field: 'errorCode', action: 'missing', from: raw, to: UNCLASSIFIED, ruleId: null, rule: null });
    return UNCLASSIFIED;
  }
  if (base !== raw) steps.push({ field: 'errorCode', action: 'normalized', from: raw, to: base, ruleId: null, rule: null });
  for (const rewrite of rules.rewrites) {
    if (!rewrite.regex.test(base)) continue;
    const to = base.replace(rewrite.regex, rewrite.replacement).slice(0, ERROR_CODE_MAX) || base;
    if (to !== base) {
      steps.push({ field: 'errorCode', action: 'rewrite', from: base, to, ruleId: rewrite.ruleId, rule: rewrite.pattern });
      applied.push(rewrite.ruleId);
    }
    return to;
  }
  return base;
}

/** Classifies one case and records every step, for the explanation. */
export function explain(facts: CaseFacts, rules: GroupingRules): Explained {
  const steps: WhyStep[] = [];
  const appliedRuleIds: number[] = [];
  const provider = explainProvider(facts.providerRaw, rules, steps, appliedRuleIds);
  const errorCode = explainErrorCode(facts.errorCodeRaw, rules, steps, appliedRuleIds);
  const ruleKey = groupKeyOf(rules.keyFields, { provider, errorCode, source: facts.source });
  return { provider, errorCode, ruleKey, appliedRuleIds, steps };
}

/**
 * Classification for many cases: the same raw spellings come back thousands of times, so each
 * distinct (source, provider, error code) is classified once.
 */
export class Classifier {
  private readonly cache = new Map<string, Classification>();

  constructor(readonly rules: GroupingRules) {}

  classify(facts: CaseFacts): Classification {
    const cacheKey = `${facts.source}\u0000${facts.providerRaw ?? '\u0001'}\u0000${facts.errorCodeRaw ?? '\u0001'}`;
    let found = this.cache.get(cacheKey);
    if (!found) {
      const { steps: _steps, ...classification } = explain(facts, this.rules);
      found = classification;
      this.cache.set(cacheKey, found);
    }
    return found;
  }
}
