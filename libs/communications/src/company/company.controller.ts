import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequirePermissions,
} from '@contactly/platform';
import { DEPARTMENT_LIST } from '../department/department.list.js';
import { DepartmentService } from '../department/department.service.js';
import { DepartmentView } from '../department/dto/department.dto.js';
import { ApiIdOrName } from '../shared/api.js';
import { COMPANY_LIST } from './company.list.js';
import { CompanyService } from './company.service.js';
import { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto.js';

const COMPANY = ApiIdOrName('company', 1, 'company');

@ApiTags('companies')
@Controller('api/v1/companies')
export class CompanyController {
  constructor(
    private readonly companies: CompanyService,
    private readonly departments: DepartmentService,
  ) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List companies' })
  @ApiList(COMPANY_LIST, CompanyView)
  @ApiErrors(400)
  list(@ListQueryParams(COMPANY_LIST) query: ListQuery) {
    return this.companies.list(query);
  }

  @Get(':company')
  @RequirePermissions('communications:read')
  @COMPANY
  @ApiOperation({ summary: 'Get a company by id or by name' })
  @ApiOkResponse({ type: CompanyView })
  @ApiErrors(404)
  get(@Param('company') company: string) {
    return this.companies.get(company);
  }

  @Get(':company/departments')
  @RequirePermissions('communications:read')
  @COMPANY
  @ApiOperation({ summary: 'The departments of a company' })
  @ApiList(DEPARTMENT_LIST, DepartmentView)
  @ApiErrors(400, 404)
  async listDepartments(@Param('company') company: string, @ListQueryParams(DEPARTMENT_LIST) query: ListQuery) {
    const { id } = await this.companies.find(company);
    return this.departments.list(query, id);
  }

  @Post()
  @RequirePermissions('communications:admin')
  @ApiOperation({ summary: 'Add a company', description: 'Names are unique ignoring case (409).' })
  @ApiCreatedResponse({ type: CompanyView })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateCompanyDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.companies.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/companies/${view.companyId}`, version);
  }

  @Patch(':company')
  @RequirePermissions('communications:admin')
  @COMPANY
  @ApiOperation({ summary: 'Change a company (merge patch)' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateCompanyDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: CompanyView })
  @ApiErrors(400, 404, 409, 412)
  update(@Param('company') company: string, @Body() body: UpdateCompanyDto, @IfMatch() version: number | undefined, @CurrentPrincipal() actor: Principal) {
    return this.companies.update(company, body, version, actor);
  }

  @Delete(':company')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @COMPANY
  @ApiOperation({ summary: 'Delete a company', description: 'Refused (409, nothing deleted) while it has departments.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('company') company: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.companies.delete(company, actor);
  }
}
