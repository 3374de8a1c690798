import { Injectable } from '@nestjs/common';
import { applyListQuery, Database, type ListQuery, Page, updateIfVersion } from '@contactly/platform';
import type { RuleKind } from '../consolidation/grouping-rules.js';
import { GROUPING_RULE_LIST } from './grouping-rule-list.js';
import { GroupingRule } from './grouping-rule.entity.js';

/** The grouping rules (a few dozen rows: read whole). */
@Injectable()
export class GroupingRuleRepository {
  constructor(private readonly db: Database) {}

  private get rules() {
    return this.db.repository(GroupingRule);
  }

  all(): Promise<GroupingRule[]> {
    return this.rules.find({ order: { kind: 'ASC', position: 'ASC', id: 'ASC' } });
  }

  findById(id: number): Promise<GroupingRule | null> {
    return this.rules.findOneBy({ id });
  }

  ofKind(kind: RuleKind): Promise<GroupingRule[]> {
    return this.rules.find({ where: { kind }, order: { position: 'ASC', id: 'ASC' } });
  }

  async list(query: ListQuery): Promise<Page<GroupingRule>> {
    const [items, total] = await applyListQuery(this.rules.createQueryBuilder('r'), query, GROUPING_RULE_LIST).getManyAndCount();
    return new Page(items, total, query.fields);
  }

  async insert(rule: Omit<GroupingRule, 'id' | 'version'>): Promise<GroupingRule> {
    const result = await this.rules.insert({ ...rule, version: 1 });
    return this.rules.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  async update(rule: GroupingRule, changes: Partial<GroupingRule>): Promise<GroupingRule> {
    await updateIfVersion(this.db.manager, GroupingRule, rule, changes);
    return this.rules.findOneByOrFail({ id: rule.id });
  }

  async delete(id: number): Promise<void> {
    await this.rules.delete({ id });
  }
}
