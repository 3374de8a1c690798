import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, LeaseService, SYSTEM_PRINCIPAL } from '@contactly/platform';
import { UserDirectory } from '@contactly/identity';
import { Company } from '../company/company.entity.js';
import { CompanyRepository } from '../company/company.repository.js';
import { CompanyService } from '../company/company.service.js';
import { Department } from '../department/department.entity.js';
import { DepartmentService } from '../department/department.service.js';
import { Document } from '../document/document.entity.js';
import { DocumentService } from '../document/document.service.js';
import { EmployeeService } from '../employee/employee.service.js';
import { RoleCommunicationPermissionService } from '../role-permission/role-communication-permission.service.js';
import { DEMO_TRANSLATIONS as EN } from '../language/seeded-translations.js';
import { TranslationsRepository } from '../language/translations.repository.js';
import { DepartmentRule } from '../rule/department-rule.entity.js';
import { RuleService } from '../rule/rule.service.js';

const ALL_TYPES = [1, 2, 3, 4, 5, 6];
const pairs = (types: number[], channels: number[]) =>
  types.flatMap((communicationTypeId) => channels.map((sendChannelTypeId) => ({ communicationTypeId, sendChannelTypeId })));

/**
 * A small organisation for a newcomer's first start (SEED_DEMO_DATA): one company with two
 * departments, the demo marketer as an employee of marketing, what the marketer role may send,
 * a rule per department and two documents, in Russian (their own text) and English (their
 * translations). Only into a database without companies.
 */
@Injectable()
export class CommunicationsDemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger(CommunicationsDemoData.name);

  constructor(
    private readonly config: AppConfig,
    private readonly lease: LeaseService,
    private readonly companyRows: CompanyRepository,
    private readonly companies: CompanyService,
    private readonly departments: DepartmentService,
    private readonly employees: EmployeeService,
    private readonly users: UserDirectory,
    private readonly roles: RoleCommunicationPermissionService,
    private readonly rules: RuleService,
    private readonly documents: DocumentService,
    private readonly translations: TranslationsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    await this.lease.runExclusive('communications-demo-data', 120_000, () => this.seed());
  }

  async seed(): Promise<void> {
    if (await this.companyRows.findById(1)) return;
    const actor = SYSTEM_PRINCIPAL;
    const { body: company } = await this.companies.create(
      { name: 'Contactly Telecom', description: 'Оператор связи: продажи, обслуживание, маркетинг' },
      actor,
    );
    const { body: marketing } = await this.departments.create(
      { companyId: company.companyId, name: 'Маркетинг', description: 'Рассылки, опросы и акции' },
      actor,
    );
    const { body: service } = await this.departments.create(
      { companyId: company.companyId, name: 'Клиентский сервис', description: 'Сервисные и информационные сообщения' },
      actor,
    );
    await this.roles.replace('marketer', { permissions: pairs(ALL_TYPES, [1, 2, 3, 4]) }, actor);
    await this.roles.replace('agent', { permissions: pairs([2, 3, 6], [1, 3]) }, actor);
    const marketer = await this.users.findByUsername('maria.marketing');
    if (marketer)
      await this.employees.create(
        { departmentId: marketing.departmentId, role: 'marketer', userId: marketer.id, position: 'Маркетолог' },
        actor,
      );
    const agent = await this.users.findByUsername('anna.agent');
    if (agent)
      await this.employees.create(
        { departmentId: service.departmentId, role: 'agent', userId: agent.id, position: 'Специалист поддержки' },
        actor,
      );
    const { body: mainRule } = await this.rules.create(
      {
        departmentId: marketing.departmentId,
        name: 'Основное правило',
        description: 'Без рассылок ночью, не чаще двух SMS в неделю',
        quietHours: { start: '21:00', end: '09:00' },
        timeZone: 'Europe/Moscow',
        allowed: pairs(ALL_TYPES, [1, 2, 3, 4]),
        frequencyCaps: [
          { sendChannelTypeId: 1, period: 'week', maxCount: 2 },
          { sendChannelTypeId: 3, period: 'day', maxCount: 1 },
        ],
        channelPreference: [3, 4, 2, 1],
      },
      actor,
    );
    const { body: serviceRule } = await this.rules.create(
      {
        departmentId: service.departmentId,
        name: 'Сервисные сообщения',
        allowed: pairs([2, 3, 6], [1, 3]),
        timeZone: 'Europe/Moscow',
        channelPreference: [1, 3],
      },
      actor,
    );
    const { body: invitation } = await this.documents.createText(
      {
        name: 'Приглашение на опрос',
        kind: 'template',
        subject: '{{firstName}}, расскажите о нас',
        body: 'Здравствуйте, {{firstName}}! Ответьте, пожалуйста, на три вопроса о нашей связи.',
      },
      actor,
    );
    const { body: maintenance } = await this.documents.createText(
      { name: 'Плановые работы', kind: 'text', body: 'В ночь с субботы на воскресенье возможны перерывы связи. Приносим извинения.' },
      actor,
    );
    const english = [
      [Company, company.companyId, EN.company],
      [Department, marketing.departmentId, EN.marketing],
      [Department, service.departmentId, EN.service],
      [DepartmentRule, mainRule.ruleId, EN.mainRule],
      [DepartmentRule, serviceRule.ruleId, EN.serviceRule],
      [Document, invitation.documentId, EN.surveyInvitation],
      [Document, maintenance.documentId, EN.maintenance],
    ] as const;
    for (const [entity, id, en] of english) await this.translations.put(entity, id, { en });
    this.logger.log('Seeded the demo organisation of the communications platform');
  }
}
