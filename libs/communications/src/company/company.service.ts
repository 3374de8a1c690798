import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type Page, type Principal, type Versioned } from '@contactly/platform';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService, type Usage } from '../shared/named-row.service.js';
import { UsageRepository } from '../shared/usage.repository.js';
import { COMPANY_LIST } from './company.list.js';
import type { Company } from './company.entity.js';
import { CompanyRepository } from './company.repository.js';
import type { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto.js';

/** Companies of the group; a company with departments cannot be deleted. */
@Injectable()
export class CompanyService extends NamedRowService<Company, CompanyView> {
  protected readonly names = { label: 'Company', code: 'COMPANY', resource: 'Company', resourceType: 'company' };

  constructor(
    private readonly companies: CompanyRepository,
    private readonly usages: UsageRepository,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(companies, db, changes, clock);
  }

  async list(query: ListQuery): Promise<Page<CompanyView>> {
    return this.listRows(await this.companies.list(query, COMPANY_LIST));
  }

  create(input: CreateCompanyDto, actor: Principal): Promise<Versioned<CompanyView>> {
    return this.insertRow({ name: input.name, description: input.description ?? null }, actor);
  }

  update(idOrName: string, input: UpdateCompanyDto, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<CompanyView>> {
    return this.changeRow(idOrName, expectedVersion, actor, () => ({ name: input.name, description: input.description }));
  }

  protected async views(rows: Company[]): Promise<CompanyView[]> {
    return rows.map((c) => ({ companyId: c.id, name: c.name, description: c.description, version: c.version, createTime: docTime(c.createdAt), updateTime: docTime(c.updatedAt) }));
  }

  protected override usage(row: Company): Promise<Usage> {
    return this.usages.ofCompany(row.id);
  }
}
