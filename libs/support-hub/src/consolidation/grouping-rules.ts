import { normalizeErrorCodeText, normalizeProviderName } from './normalize.js';

/** Attributes a grouping key may be made of. */
export const KEY_FIELDS = ['provider', 'errorCode', 'source'] as const;
export type KeyField = (typeof KEY_FIELDS)[number];
export const DEFAULT_KEY_FIELDS: readonly KeyField[] = ['provider', 'errorCode'];

export const RULE_KINDS = ['key-fields', 'provider-alias', 'error-code-rewrite'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A grouping rule as an admin stores it (see GroupingRule, the table). */
export interface RuleRecord {
  id: number;
  kind: RuleKind;
  /** provider-alias: the alias (stored normalized); error-code-rewrite: a regular expression. */
  pattern: string | null;
  /** provider-alias: the canonical provider; error-code-rewrite: the replacement (`$1`); key-fields: `provider,errorCode`. */
  replacement: string;
  position: number;
  enabled: boolean;
}

export interface ProviderAlias {
  ruleId: number;
  /** Normalized; `pattern` is the alias as the admin typed it. */
  alias: string;
  pattern: string;
  canonical: string;
}

export interface ErrorCodeRewrite {
  ruleId: number;
  pattern: string;
  regex: RegExp;
  replacement: string;
}

/** The rules in force, compiled for classification. */
export interface GroupingRules {
  keyFields: readonly KeyField[];
  /** The key-fields rule in force, or null for the default. */
  keyFieldsRuleId: number | null;
  aliases: ReadonlyMap<string, ProviderAlias>;
  /** In order; the first that matches rewrites the code. */
  rewrites: readonly ErrorCodeRewrite[];
  /** Every rule by id (enabled or not), to explain stored classifications. */
  byId: ReadonlyMap<number, RuleRecord>;
}

export class RuleProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Error-code patterns are matched case-insensitively against the upper-cased code. */
export function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch (error) {
    throw new RuleProblem(
      'pattern',
      `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
    );
  }
}

/** Checks a rewrite: the pattern compiles and the replacement names only groups the pattern has. */
export function validateRewrite(pattern: string, replacement: string): void {
  const regex = compilePattern(pattern);
  // A pattern with an empty alternative matches '' and reports how many groups it has.
  const groups = (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
  for (const match of replacement.matchAll(/\$(\d{1,2})/g)) {
    const group = Number(match[1]);
    if (group < 1 || group > groups)
      throw new RuleProblem('replacement', `refers to group $${group}, but the pattern has ${groups} group(s)`);
  }
  if (regex.test('')) throw new RuleProblem('pattern', 'must not match an empty error code');
}

export function parseKeyFields(value: string): KeyField[] {
  const fields = value
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = fields.filter((f) => !(KEY_FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw new RuleProblem('keyFields', `may only name ${KEY_FIELDS.join(', ')} (not ${unknown.join(', ')})`);
  if (!fields.length) throw new RuleProblem('keyFields', 'must name at least one field');
  if (new Set(fields).size !== fields.length) throw new RuleProblem('keyFields', 'must not repeat a field');
  return fields as KeyField[];
}

/** Aliases are kept as typed and compared in normalized form, so `VODAFONE UK` and `vodafone-uk` are one alias. */
export const normalizeAlias = normalizeProviderName;
export const normalizeCanonicalProvider = normalizeProviderName;

/** Compiles the stored rules; disabled ones only serve to explain older classifications. */
export function compileRules(records: readonly RuleRecord[]): GroupingRules {
  const enabled = [...records].filter((r) => r.enabled).sort((a, b) => a.position - b.position || a.id - b.id);
  const keyRule = enabled.find((r) => r.kind === 'key-fields');
  const aliases = new Map<string, ProviderAlias>();
  for (const rule of enabled) {
    if (rule.kind !== 'provider-alias' || !rule.pattern) continue;
    const alias = normalizeAlias(rule.pattern);
    if (!aliases.has(alias))
      aliases.set(alias, { ruleId: rule.id, alias, pattern: rule.pattern, canonical: normalizeCanonicalProvider(rule.replacement) });
  }
  const rewrites: ErrorCodeRewrite[] = [];
  for (const rule of enabled) {
    if (rule.kind !== 'error-code-rewrite' || !rule.pattern) continue;
    try {
      rewrites.push({ ruleId: rule.id, pattern: rule.pattern, regex: compilePattern(rule.pattern), replacement: rule.replacement });
    } catch {
      // Validated on save; a pattern this runtime cannot compile is skipped rather than stopping every refresh.
    }
  }
  let keyFields: readonly KeyField[] = DEFAULT_KEY_FIELDS;
  if (keyRule) {
    try {
      keyFields = parseKeyFields(keyRule.replacement);
    } catch {
      keyFields = DEFAULT_KEY_FIELDS;
    }
  }
  return { keyFields, keyFieldsRuleId: keyRule?.id ?? null, aliases, rewrites, byId: new Map(records.map((r) => [r.id, r])) };
}

/** The base error-code form a rewrite sees; exported for the explanation. */
export const errorCodeBase = normalizeErrorCodeText;

/** The rules a new installation starts with (the migration inserts them); admins edit them afterwards. */
export const DEFAULT_RULES: readonly Omit<RuleRecord, 'id'>[] = [
  { kind: 'key-fields', pattern: null, replacement: 'provider,errorCode', position: 0, enabled: true },
  ...(
    [
      ['Vodafone UK', 'vodafone'],
      ['Orange SA', 'orange'],
      ['Telefonica ES', 'telefonica'],
      ['МТС', 'mts'],
      ['mts-ru', 'mts'],
      ['Deutsche Telekom AG', 'deutsche-telekom'],
      ['Telekom', 'deutsche-telekom'],
      ['O2 UK', 'o2'],
      ['Билайн', 'beeline'],
      ['beeline-ru', 'beeline'],
      ['T-Mobile USA', 't-mobile-us'],
      ['T-Mobile', 't-mobile-us'],
    ] as const
  ).map(([alias, canonical], index) => ({
    kind: 'provider-alias' as const,
    pattern: alias,
    replacement: canonical,
    position: index + 1,
    enabled: true,
  })),
  // E-1234, e1234, ERR1234, ERR-1234 and a bare 1234 are one code: E1234.
  { kind: 'error-code-rewrite', pattern: '^(?:E|ERR)?[-_.]?(\\d+)$', replacement: 'E$1', position: 1, enabled: true },
];
