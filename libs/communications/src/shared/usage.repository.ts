import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Booking } from '../booking/booking.entity.js';
import { ChannelBlock } from '../channel-block/channel-block.entity.js';
import { Communication } from '../communication/communication.entity.js';
import { Mailing } from '../communication/mailing.entity.js';
import { Department } from '../department/department.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { RoleCommunicationPermission } from '../role-permission/role-communication-permission.entity.js';
import { RuleAllowance, RuleChannelPreference, RuleFrequencyCap } from '../rule/rule-lines.entity.js';
import type { Usage } from './named-row.service.js';

/**
 * What still refers to a record that someone wants to delete, counted in the database. One place
 * for every reference, so deleting refuses (409, nothing deleted) instead of breaking history;
 * communications (and their mailings) keep their types, channels, documents and departments.
 */
@Injectable()
export class UsageRepository {
  constructor(private readonly db: Database) {}

  async ofCommunicationType(id: number): Promise<Usage> {
    return [
      { what: 'rule(s)', count: await this.distinct(RuleAllowance, 'rule_id', 'communication_type_id', id) },
      { what: 'role permission(s)', count: await this.distinct(RoleCommunicationPermission, 'role_id', 'communication_type_id', id) },
      { what: 'booking(s)', count: await this.count(Booking, 'communication_type_id', id) },
      { what: 'communication(s)', count: await this.count(Communication, 'communication_type_id', id) },
    ];
  }

  async ofSendChannelType(id: number): Promise<Usage> {
    const rules = new Set<number>();
    for (const entity of [RuleAllowance, RuleFrequencyCap, RuleChannelPreference]) {
      const rows = await this.db
        .repository(entity as EntityTarget<ObjectLiteral>)
        .createQueryBuilder('x')
        .select('DISTINCT x.rule_id', 'ruleId')
        .where('x.send_channel_type_id = :id', { id })
        .getRawMany<{ ruleId: number }>();
      for (const row of rows) rules.add(Number(row.ruleId));
    }
    return [
      { what: 'rule(s)', count: rules.size },
      { what: 'role permission(s)', count: await this.distinct(RoleCommunicationPermission, 'role_id', 'send_channel_type_id', id) },
      { what: 'booking(s)', count: await this.count(Booking, 'send_channel_type_id', id) },
      { what: 'channel block(s)', count: await this.count(ChannelBlock, 'send_channel_type_id', id) },
      { what: 'communication(s)', count: await this.count(Communication, 'send_channel_type_id', id) },
    ];
  }

  async ofDocument(id: number): Promise<Usage> {
    return [
      { what: 'booking(s)', count: await this.count(Booking, 'document_id', id) },
      { what: 'mailing(s)', count: await this.count(Mailing, 'document_id', id) },
    ];
  }

  async ofBookingStatusType(id: number): Promise<Usage> {
    return [{ what: 'booking(s)', count: await this.count(Booking, 'status_type_id', id) }];
  }

  async ofCompany(id: number): Promise<Usage> {
    return [{ what: 'department(s)', count: await this.count(Department, 'company_id', id) }];
  }

  async ofDepartment(id: number): Promise<Usage> {
    return [
      { what: 'employee(s)', count: await this.count(Employee, 'department_id', id) },
      { what: 'booking(s)', count: await this.count(Booking, 'department_id', id) },
      { what: 'mailing(s)', count: await this.count(Mailing, 'department_id', id) },
    ];
  }

  private count(entity: EntityTarget<ObjectLiteral>, column: string, id: number): Promise<number> {
    return this.db.repository(entity).createQueryBuilder('x').where(`x.${column} = :id`, { id }).getCount();
  }

  private async distinct(entity: EntityTarget<ObjectLiteral>, counted: string, column: string, id: number): Promise<number> {
    const row = await this.db
      .repository(entity)
      .createQueryBuilder('x')
      .select(`COUNT(DISTINCT x.${counted})`, 'n')
      .where(`x.${column} = :id`, { id })
      .getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }
}
