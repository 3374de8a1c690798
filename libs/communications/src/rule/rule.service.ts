import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  ChangeRecorder,
  Clock,
  Database,
  type FieldProblem,
  invalid,
  type ListQuery,
  type Page,
  type Principal,
  unprocessable,
  type Versioned,
} from '@contactly/platform';
import { DepartmentRepository } from '../department/department.repository.js';
import { CatalogRefs } from '../shared/catalog-refs.js';
import { docTime } from '../shared/doc-time.js';
import { isTimeZone } from '../shared/names.js';
import { NamedRowService } from '../shared/named-row.service.js';
import type { DepartmentRule } from './department-rule.entity.js';
import type { CreateRuleDto, RuleView, UpdateRuleDto } from './dto/rule.dto.js';
import { RULE_LIST } from './rule.list.js';
import { RuleRepository, type RuleLines } from './rule.repository.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/**
 * Sending rules of departments. Each holds its allowed type × channel pairs, quiet hours, frequency
 * caps and channel preference; all of them are checked (ids exist, no repeats, a real time zone)
 * before anything is written, and replaced as a whole when given.
 */
@Injectable()
export class RuleService extends NamedRowService<DepartmentRule, RuleView> {
  protected readonly names = {
    label: 'Rule',
    resource: 'DepartmentRule',
    resourceType: 'rule',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.RULE_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.RULE_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.RULE_NAME_TAKEN,
    },
  };
  protected override readonly stateAttribute = 'active';

  constructor(
    private readonly rules: RuleRepository,
    private readonly departments: DepartmentRepository,
    private readonly refs: CatalogRefs,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(rules, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<RuleView>> {
    return this.listRows(await this.rules.list(query, RULE_LIST));
  }

  async create(input: CreateRuleDto, actor: Principal): Promise<Versioned<RuleView>> {
    const timeZone = this.timeZone(input.timeZone ?? 'UTC');
    this.assertQuietHours(input.quietHours);
    return this.db.transaction(async () => {
      if (!(await this.departments.findById(input.departmentId))) {
        throw unprocessable(COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND, `Department ${input.departmentId} does not exist`, [
          { field: 'departmentId', message: 'must name an existing department' },
        ]);
      }
      const lines = await this.checkedLines({
        allowed: input.allowed ?? [],
        frequencyCaps: input.frequencyCaps ?? [],
        channelPreference: input.channelPreference ?? [],
      });
      return this.insertRow(
        {
          departmentId: input.departmentId,
          name: input.name,
          description: input.description ?? null,
          active: input.active ?? true,
          quietStart: input.quietHours?.start ?? null,
          quietEnd: input.quietHours?.end ?? null,
          timeZone,
        },
        actor,
        (rule) => this.rules.replaceLines(rule.id, lines, true),
      );
    });
  }

  update(idOrName: string, input: UpdateRuleDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<RuleView>> {
    const timeZone = input.timeZone === undefined ? undefined : this.timeZone(input.timeZone);
    this.assertQuietHours(input.quietHours);
    let lines: Partial<RuleLines> = {};
    return this.changeRow(
      idOrName,
      expectedVersion,
      actor,
      async () => {
        lines = await this.checkedLines({
          allowed: input.allowed,
          frequencyCaps: input.frequencyCaps,
          channelPreference: input.channelPreference,
        });
        const quiet =
          input.quietHours === undefined ? {} : { quietStart: input.quietHours?.start ?? null, quietEnd: input.quietHours?.end ?? null };
        return { name: input.name, description: input.description, active: input.active, timeZone, ...quiet };
      },
      async (rule) => {
        const current = (await this.rules.linesOf([rule.id])).get(rule.id)!;
        const changed = (Object.keys(lines) as (keyof RuleLines)[]).some(
          (key) => lines[key] !== undefined && JSON.stringify(lines[key]) !== JSON.stringify(current[key]),
        );
        if (changed) await this.rules.replaceLines(rule.id, lines);
        return changed;
      },
    );
  }

  protected override nameScope(row: Partial<DepartmentRule>): Partial<DepartmentRule> {
    return { departmentId: row.departmentId };
  }

  protected async views(rows: DepartmentRule[]): Promise<RuleView[]> {
    const departments = await this.departments.findByIds(rows.map((r) => r.departmentId));
    const lines = await this.rules.linesOf(rows.map((r) => r.id));
    return rows.map((r) => {
      const department = departments.get(r.departmentId);
      const line = lines.get(r.id)!;
      return {
        ruleId: r.id,
        name: r.name,
        description: r.description,
        department: { departmentId: r.departmentId, name: department?.name ?? '', companyId: department?.companyId ?? 0 },
        active: r.active,
        quietHours: r.quietStart && r.quietEnd ? { start: r.quietStart, end: r.quietEnd } : null,
        timeZone: r.timeZone,
        allowed: line.allowed,
        frequencyCaps: line.frequencyCaps,
        channelPreference: line.channelPreference,
        version: r.version,
        createTime: docTime(r.createdAt),
        updateTime: docTime(r.updatedAt),
      };
    });
  }

  private assertQuietHours(quiet: { start: string; end: string } | null | undefined): void {
    if (quiet && quiet.start === quiet.end)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, 'quietHours.end must differ from quietHours.start', [
        { field: 'quietHours.end', message: 'must differ from start' },
      ]);
  }

  private timeZone(zone: string): string {
    if (!isTimeZone(zone))
      throw invalid(COMMUNICATIONS_ERRORS.UNKNOWN_TIME_ZONE, `${zone} is not an IANA time zone`, [
        { field: 'timeZone', message: 'must be an IANA time zone such as Europe/Moscow' },
      ]);
    return zone;
  }

  /** Normalised lines (sorted, pairs once); repeats are 400, unknown types or channels 422. */
  private async checkedLines(lines: Partial<RuleLines>): Promise<Partial<RuleLines>> {
    const problems: FieldProblem[] = [];
    const caps = lines.frequencyCaps;
    if (caps) {
      const seen = new Set<string>();
      caps.forEach((cap, i) => {
        const key = `${cap.sendChannelTypeId}:${cap.period}`;
        if (seen.has(key))
          problems.push({ field: `frequencyCaps[${i}]`, message: `repeats the cap of channel ${cap.sendChannelTypeId} per ${cap.period}` });
        seen.add(key);
      });
    }
    const preference = lines.channelPreference;
    if (preference) {
      preference.forEach((id, i) => {
        if (preference.indexOf(id) !== i) problems.push({ field: `channelPreference[${i}]`, message: `repeats channel ${id}` });
      });
    }
    if (problems.length)
      throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
    await this.refs.assertExist({
      types: (lines.allowed ?? []).map((p, i) => ({ field: `allowed[${i}].communicationTypeId`, id: p.communicationTypeId })),
      channels: [
        ...(lines.allowed ?? []).map((p, i) => ({ field: `allowed[${i}].sendChannelTypeId`, id: p.sendChannelTypeId })),
        ...(caps ?? []).map((c, i) => ({ field: `frequencyCaps[${i}].sendChannelTypeId`, id: c.sendChannelTypeId })),
        ...(preference ?? []).map((id, i) => ({ field: `channelPreference[${i}]`, id })),
      ],
    });
    const allowed = lines.allowed && [
      ...new Map(
        lines.allowed.map((p) => [
          `${p.communicationTypeId}:${p.sendChannelTypeId}`,
          { communicationTypeId: p.communicationTypeId, sendChannelTypeId: p.sendChannelTypeId },
        ]),
      ).values(),
    ];
    const normalised: Partial<RuleLines> = {};
    if (allowed)
      normalised.allowed = allowed.sort(
        (a, b) => a.communicationTypeId - b.communicationTypeId || a.sendChannelTypeId - b.sendChannelTypeId,
      );
    if (caps)
      normalised.frequencyCaps = [...caps]
        .map((c) => ({ sendChannelTypeId: c.sendChannelTypeId, period: c.period, maxCount: c.maxCount }))
        .sort(
          (a, b) =>
            a.sendChannelTypeId - b.sendChannelTypeId ||
            ['hour', 'day', 'week', 'month'].indexOf(a.period) - ['hour', 'day', 'week', 'month'].indexOf(b.period),
        );
    if (preference) normalised.channelPreference = [...preference];
    return normalised;
  }
}
