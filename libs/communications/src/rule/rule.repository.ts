import { Injectable } from '@nestjs/common';
import { Database, replaceChildRows } from '@contactly/platform';
import { In } from 'typeorm';
import type { TypeChannel } from '../role-permission/role-communication-permission.repository.js';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { DepartmentRule } from './department-rule.entity.js';
import { type CapPeriod, RuleAllowance, RuleChannelPreference, RuleFrequencyCap } from './rule-lines.entity.js';

export interface FrequencyCap {
  sendChannelTypeId: number;
  period: CapPeriod;
  maxCount: number;
}

/** What a rule holds besides its row. */
export interface RuleLines {
  allowed: TypeChannel[];
  frequencyCaps: FrequencyCap[];
  channelPreference: number[];
}

const byTypeThenChannel = (a: TypeChannel, b: TypeChannel) =>
  a.communicationTypeId - b.communicationTypeId || a.sendChannelTypeId - b.sendChannelTypeId;
const PERIOD_ORDER: Record<CapPeriod, number> = { hour: 0, day: 1, week: 2, month: 3 };

@Injectable()
export class RuleRepository extends NamedRowRepository<DepartmentRule> {
  constructor(db: Database) {
    super(db, DepartmentRule, 'ru');
  }

  /** The active rules of a department, oldest first (the sending checks apply every one that allows a send). */
  activeOf(departmentId: number): Promise<DepartmentRule[]> {
    return this.rows.find({ where: { departmentId, active: true }, order: { id: 'ASC' } });
  }

  /** The lines of several rules, three queries in all. */
  async linesOf(ruleIds: number[]): Promise<Map<number, RuleLines>> {
    const lines = new Map<number, RuleLines>(ruleIds.map((id) => [id, { allowed: [], frequencyCaps: [], channelPreference: [] }]));
    if (!ruleIds.length) return lines;
    const where = { ruleId: In(ruleIds) };
    for (const row of await this.db.repository(RuleAllowance).findBy(where))
      lines.get(row.ruleId)?.allowed.push({ communicationTypeId: row.communicationTypeId, sendChannelTypeId: row.sendChannelTypeId });
    for (const row of await this.db.repository(RuleFrequencyCap).findBy(where))
      lines.get(row.ruleId)?.frequencyCaps.push({ sendChannelTypeId: row.sendChannelTypeId, period: row.period, maxCount: row.maxCount });
    const preferences = await this.db.repository(RuleChannelPreference).find({ where, order: { ruleId: 'ASC', position: 'ASC' } });
    for (const row of preferences) lines.get(row.ruleId)?.channelPreference.push(row.sendChannelTypeId);
    for (const line of lines.values()) {
      line.allowed.sort(byTypeThenChannel);
      line.frequencyCaps.sort((a, b) => a.sendChannelTypeId - b.sendChannelTypeId || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period]);
    }
    return lines;
  }

  /** Replaces the parts of a rule's lines that are given (`fresh`: a rule created in this transaction). */
  async replaceLines(ruleId: number, lines: Partial<RuleLines>, fresh = false): Promise<void> {
    if (lines.allowed)
      await replaceChildRows(
        this.db.repository(RuleAllowance),
        { ruleId },
        lines.allowed.map((pair) => ({ ruleId, ...pair })),
        { fresh },
      );
    if (lines.frequencyCaps)
      await replaceChildRows(
        this.db.repository(RuleFrequencyCap),
        { ruleId },
        lines.frequencyCaps.map((cap) => ({ ruleId, ...cap })),
        { fresh },
      );
    if (lines.channelPreference) {
      const preference = lines.channelPreference.map((sendChannelTypeId, index) => ({ ruleId, position: index + 1, sendChannelTypeId }));
      await replaceChildRows(this.db.repository(RuleChannelPreference), { ruleId }, preference, { fresh });
    }
  }
}
