import { Get, Inject, Param } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ApiErrors, ApiList, type ListQuery, ListQueryParams, RequirePermissions, StaffOnly } from '@contactly/platform';
import { DEPARTMENT_LIST } from '../department/department.list.js';
import { DepartmentService } from '../department/department.service.js';
import { DepartmentView } from '../department/dto/department.dto.js';
import { catalogControllerFor, type OwnEndpoints } from '../shared/catalog.controller.js';
import { COMPANY_LIST } from './company.list.js';
import { CompanyService } from './company.service.js';
import { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto.js';

/** GET /{company}/departments. */
const departmentsOfCompany: OwnEndpoints<CompanyService> = (Base, ApiCompany) => {
  class DepartmentsOfCompany extends Base {
    @Inject(DepartmentService) private readonly departments: DepartmentService;

    @Get(':company/departments')
    @StaffOnly()
    @RequirePermissions('communications:read')
    @ApiCompany
    @ApiOperation({ summary: 'The departments of a company' })
    @ApiList(DEPARTMENT_LIST, DepartmentView)
    @ApiErrors(400, 404)
    async listDepartments(@Param('company') company: string, @ListQueryParams(DEPARTMENT_LIST) query: ListQuery) {
      const { id } = await this.service.find(company);
      return this.departments.list(query, id);
    }
  }
  return DepartmentsOfCompany;
};

export const CompanyController = catalogControllerFor(
  {
    resource: 'Company',
    path: 'api/v1/companies',
    tag: 'companies',
    service: CompanyService,
    one: 'company',
    many: 'companies',
    param: 'company',
    example: 1,
    list: COMPANY_LIST,
    view: CompanyView,
    create: CreateCompanyDto,
    update: UpdateCompanyDto,
    idOf: (company) => company.companyId,
    docs: { delete: 'Refused (409, nothing deleted) while it has departments.' },
  },
  { reads: departmentsOfCompany },
);
