import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  invalid,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  Versioned,
} from '@contactly/platform';
import { explain } from '../consolidation/classify.js';
import { ConsolidationStore } from '../consolidation/consolidation.store.js';
import {
  normalizeAlias,
  normalizeCanonicalProvider,
  parseKeyFields,
  type RuleKind,
  RuleProblem,
  validateRewrite,
} from '../consolidation/grouping-rules.js';
import type { CreateGroupingRuleDto, ExplainQuery, ExplainView, GroupingRuleView, UpdateGroupingRuleDto } from './dto/grouping-rule.dto.js';
import type { GroupingRule } from './grouping-rule.entity.js';
import { toGroupingRuleView } from './grouping-rule.mapper.js';
import { GroupingRuleRepository } from './grouping-rule.repository.js';
import { SUPPORT_HUB_ERRORS } from '../support-hub-errors.js';

type RuleValues = Pick<GroupingRule, 'pattern' | 'replacement'>;

/**
 * The grouping rules, as data admins edit. A change applies from the next refresh (which regroups
 * every case by the rules then in force); `explain` shows at once what a spelling would become.
 */
@Injectable()
export class GroupingRuleService {
  constructor(
    private readonly rules: GroupingRuleRepository,
    private readonly store: ConsolidationStore,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async list(query: ListQuery, baseUrl: string): Promise<Page<GroupingRuleView>> {
    const page = await this.rules.list(query);
    return new Page(
      page.items.map((r) => toGroupingRuleView(r, baseUrl)),
      page.total,
      page.fields,
    );
  }

  async get(id: number, baseUrl: string): Promise<Versioned<GroupingRuleView>> {
    const rule = await this.find(id);
    return new Versioned(toGroupingRuleView(rule, baseUrl), rule.version);
  }

  async create(input: CreateGroupingRuleDto, actor: Principal, baseUrl: string): Promise<Versioned<GroupingRuleView>> {
    const values = this.validValues(input.kind, input);
    return this.db.transaction(async () => {
      const siblings = await this.rules.ofKind(input.kind);
      if (input.kind === 'key-fields' && siblings.length)
        throw conflict(
          SUPPORT_HUB_ERRORS.KEY_FIELDS_RULE_EXISTS,
          `There is already a key-fields rule (#${siblings[0].id}); change it instead`,
        );
      this.assertUniqueAlias(input.kind, values, siblings, null);
      const now = this.clock.now();
      const rule = await this.rules.insert({
        kind: input.kind,
        ...values,
        position: input.position ?? Math.max(0, ...siblings.map((r) => r.position + 1)),
        enabled: input.enabled ?? true,
        description: input.description ?? null,
        createdAt: now,
        updatedAt: now,
      });
      const view = toGroupingRuleView(rule, baseUrl);
      await this.changes.record({
        resource: 'SupportHubRule',
        resourceType: 'supportHubRule',
        resourceId: rule.id,
        actor,
        before: null,
        after: view,
        stateAttribute: 'enabled',
      });
      return new Versioned(view, rule.version);
    });
  }

  async update(
    id: number,
    input: UpdateGroupingRuleDto,
    expectedVersion: number | undefined,
    actor: Principal,
    baseUrl: string,
  ): Promise<Versioned<GroupingRuleView>> {
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const rule = await this.find(id);
          assertVersion(expectedVersion, rule.version, `Rule ${id}`);
          const values = this.validValues(rule.kind, {
            pattern: input.pattern ?? rule.pattern ?? undefined,
            replacement: input.replacement ?? (rule.kind === 'key-fields' ? undefined : rule.replacement),
            keyFields: input.keyFields ?? (rule.kind === 'key-fields' ? rule.replacement.split(',') : undefined),
          });
          this.assertUniqueAlias(rule.kind, values, await this.rules.ofKind(rule.kind), rule.id);
          const before = toGroupingRuleView(rule, baseUrl);
          const updated = await this.rules.update(rule, {
            ...values,
            position: input.position ?? rule.position,
            enabled: input.enabled ?? rule.enabled,
            description: input.description === undefined ? rule.description : input.description,
            updatedAt: this.clock.now(),
          });
          const after = toGroupingRuleView(updated, baseUrl);
          await this.changes.record({
            resource: 'SupportHubRule',
            resourceType: 'supportHubRule',
            resourceId: id,
            actor,
            before,
            after,
            stateAttribute: 'enabled',
          });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      `Rule ${id}`,
    );
  }

  async delete(id: number, actor: Principal, baseUrl: string): Promise<void> {
    await this.db.transaction(async () => {
      const rule = await this.find(id);
      await this.rules.delete(id);
      await this.changes.record({
        resource: 'SupportHubRule',
        resourceType: 'supportHubRule',
        resourceId: id,
        actor,
        before: toGroupingRuleView(rule, baseUrl),
        after: null,
      });
    });
  }

  /** What a provider and error code become under the rules in force, step by step. */
  async explain(query: ExplainQuery): Promise<ExplainView> {
    const rules = await this.store.currentRules();
    const result = explain(
      { source: query.source ?? 'banana', providerRaw: query.provider ?? null, errorCodeRaw: query.errorCode ?? null },
      rules,
    );
    return {
      provider: result.provider,
      errorCode: result.errorCode,
      key: result.ruleKey,
      keyFields: [...rules.keyFields],
      steps: result.steps.map((step) => ({ ...step, ruleText: step.ruleId ? `rule #${step.ruleId}` : null })),
    };
  }

  private async find(id: number): Promise<GroupingRule> {
    const rule = await this.rules.findById(id);
    if (!rule) throw notFound(SUPPORT_HUB_ERRORS.RULE_NOT_FOUND, `Rule ${id} does not exist`);
    return rule;
  }

  /** The stored values of a rule of `kind`, or a 400 naming what is wrong (an invalid regex included). */
  private validValues(kind: RuleKind, input: { pattern?: string | null; replacement?: string; keyFields?: string[] }): RuleValues {
    try {
      switch (kind) {
        case 'key-fields': {
          if (input.pattern) throw new RuleProblem('pattern', 'is not used by a key-fields rule');
          if (!input.keyFields) throw new RuleProblem('keyFields', 'is required for a key-fields rule');
          return { pattern: null, replacement: parseKeyFields(input.keyFields.join(',')).join(',') };
        }
        case 'provider-alias': {
          if (input.keyFields) throw new RuleProblem('keyFields', 'is used by key-fields rules only');
          if (!input.pattern || !normalizeAlias(input.pattern))
            throw new RuleProblem('pattern', 'must name the provider spelling to alias');
          const canonical = input.replacement ? normalizeCanonicalProvider(input.replacement) : '';
          if (!canonical) throw new RuleProblem('replacement', 'must name the canonical provider');
          if (normalizeAlias(input.pattern) === canonical)
            throw new RuleProblem('replacement', 'must differ from the alias (after normalization)');
          return { pattern: input.pattern, replacement: canonical };
        }
        case 'error-code-rewrite': {
          if (input.keyFields) throw new RuleProblem('keyFields', 'is used by key-fields rules only');
          if (!input.pattern) throw new RuleProblem('pattern', 'must be a regular expression');
          if (!input.replacement) throw new RuleProblem('replacement', 'must say what a matching code becomes, e.g. E$1');
          validateRewrite(input.pattern, input.replacement);
          return { pattern: input.pattern, replacement: input.replacement };
        }
      }
    } catch (error) {
      if (error instanceof RuleProblem)
        throw invalid(SUPPORT_HUB_ERRORS.INVALID_RULE, `${error.field} ${error.message}`, [{ field: error.field, message: error.message }]);
      throw error;
    }
  }

  private assertUniqueAlias(kind: RuleKind, values: RuleValues, siblings: GroupingRule[], selfId: number | null): void {
    if (kind !== 'provider-alias' || !values.pattern) return;
    const alias = normalizeAlias(values.pattern);
    const taken = siblings.find((r) => r.id !== selfId && r.pattern && normalizeAlias(r.pattern) === alias);
    if (taken)
      throw conflict(
        SUPPORT_HUB_ERRORS.ALIAS_EXISTS,
        `"${values.pattern}" is already an alias (rule #${taken.id}, for ${taken.replacement})`,
      );
  }
}
