import { Injectable } from '@nestjs/common';
import {
  ChangeRecorder,
  Clock,
  Database,
  type ListQuery,
  type Page,
  type Principal,
  unprocessable,
  type Versioned,
} from '@contactly/platform';
import { CompanyRepository } from '../company/company.repository.js';
import { docTime } from '../shared/doc-time.js';
import { NamedRowService, type Usage } from '../shared/named-row.service.js';
import { UsageRepository } from '../shared/usage.repository.js';
import { DEPARTMENT_LIST } from './department.list.js';
import type { Department } from './department.entity.js';
import { DepartmentRepository } from './department.repository.js';
import type { CreateDepartmentDto, DepartmentView, UpdateDepartmentDto } from './dto/department.dto.js';
import { COMMUNICATIONS_ERRORS } from '../communications-errors.js';

/** Departments of companies: names unique within their company; not deleted while employees or bookings use them. */
@Injectable()
export class DepartmentService extends NamedRowService<Department, DepartmentView> {
  protected readonly names = {
    label: 'Department',
    resource: 'Department',
    resourceType: 'department',
    codes: {
      notFound: COMMUNICATIONS_ERRORS.DEPARTMENT_NOT_FOUND,
      nameAmbiguous: COMMUNICATIONS_ERRORS.DEPARTMENT_NAME_AMBIGUOUS,
      nameTaken: COMMUNICATIONS_ERRORS.DEPARTMENT_NAME_TAKEN,
      inUse: COMMUNICATIONS_ERRORS.DEPARTMENT_IN_USE,
    },
  };

  constructor(
    private readonly departments: DepartmentRepository,
    private readonly companies: CompanyRepository,
    private readonly usages: UsageRepository,
    db: Database,
    changes: ChangeRecorder,
    clock: Clock,
  ) {
    super(departments, db, changes, clock);
  }

  async list(query: ListQuery, companyId?: number): Promise<Page<DepartmentView>> {
    return this.listRows(
      await this.departments.list(query, DEPARTMENT_LIST, (qb) =>
        companyId === undefined ? qb : qb.andWhere('d.company_id = :companyId', { companyId }),
      ),
    );
  }

  async create(input: CreateDepartmentDto, actor: Principal): Promise<Versioned<DepartmentView>> {
    return this.db.transaction(async () => {
      await this.assertCompany(input.companyId);
      return this.insertRow({ companyId: input.companyId, name: input.name, description: input.description ?? null }, actor);
    });
  }

  update(
    idOrName: string,
    input: UpdateDepartmentDto,
    expectedVersion: number | undefined,
    actor: Principal,
  ): Promise<Versioned<DepartmentView>> {
    return this.changeRow(idOrName, expectedVersion, actor, async () => {
      if (input.companyId !== undefined) await this.assertCompany(input.companyId);
      return { companyId: input.companyId, name: input.name, description: input.description };
    });
  }

  protected override nameScope(row: Partial<Department>): Partial<Department> {
    return { companyId: row.companyId };
  }

  protected async views(rows: Department[]): Promise<DepartmentView[]> {
    const companies = await this.companies.findByIds(rows.map((d) => d.companyId));
    return rows.map((d) => ({
      departmentId: d.id,
      name: d.name,
      description: d.description,
      company: { companyId: d.companyId, name: companies.get(d.companyId)?.name ?? '' },
      version: d.version,
      createTime: docTime(d.createdAt),
      updateTime: docTime(d.updatedAt),
    }));
  }

  protected override usage(row: Department): Promise<Usage> {
    return this.usages.ofDepartment(row.id);
  }

  private async assertCompany(companyId: number): Promise<void> {
    if (!(await this.companies.findById(companyId))) {
      throw unprocessable(COMMUNICATIONS_ERRORS.COMPANY_NOT_FOUND, `Company ${companyId} does not exist`, [
        { field: 'companyId', message: 'must name an existing company' },
      ]);
    }
  }
}
