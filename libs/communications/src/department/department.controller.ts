import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ApiMergePatch,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { EmployeeView } from '../employee/dto/employee.dto.js';
import { EMPLOYEE_LIST } from '../employee/employee.list.js';
import { EmployeeService } from '../employee/employee.service.js';
import { ApiIdOrName } from '../shared/api.js';
import { DEPARTMENT_LIST } from './department.list.js';
import { DepartmentService } from './department.service.js';
import { CreateDepartmentDto, DepartmentView, UpdateDepartmentDto } from './dto/department.dto.js';
import { Localised } from '../language/request-language.js';

const DEPARTMENT = ApiIdOrName('department', 3, 'department');

@ApiTags('departments')
@StaffOnly()
@Localised()
@Controller('api/v1/departments')
export class DepartmentController {
  constructor(
    private readonly departments: DepartmentService,
    private readonly employees: EmployeeService,
  ) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List departments', description: '`companyId` lists one company’s departments.' })
  @ApiList(DEPARTMENT_LIST, DepartmentView)
  @ApiErrors(400)
  list(@ListQueryParams(DEPARTMENT_LIST) query: ListQuery) {
    return this.departments.list(query);
  }

  @Get(':department')
  @RequirePermissions('communications:read')
  @DEPARTMENT
  @ApiOperation({
    summary: 'Get a department by id or by name',
    description: 'A name several companies use is ambiguous (409): use the id.',
  })
  @ApiOkResponse({ type: DepartmentView })
  @ApiErrors(404, 409)
  get(@Param('department') department: string) {
    return this.departments.get(department);
  }

  @Get(':department/employees')
  @RequirePermissions('communications:read')
  @DEPARTMENT
  @ApiOperation({ summary: 'The employees of a department' })
  @ApiList(EMPLOYEE_LIST, EmployeeView)
  @ApiErrors(400, 404, 409)
  async listEmployees(@Param('department') department: string, @ListQueryParams(EMPLOYEE_LIST) query: ListQuery) {
    const { id } = await this.departments.find(department);
    return this.employees.list(query, { departmentId: id });
  }

  @Post()
  @Idempotent()
  @RequirePermissions('communications:admin')
  @ApiOperation({
    summary: 'Add a department to a company',
    description: 'Names are unique within a company, ignoring case (409); an unknown company is 422.',
  })
  @ApiCreatedResponse({ type: DepartmentView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateDepartmentDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.departments.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/departments/${view.departmentId}`, version);
  }

  @Patch(':department')
  @RequirePermissions('communications:admin')
  @DEPARTMENT
  @ApiOperation({ summary: 'Change a department (merge patch)' })
  @ApiMergePatch(UpdateDepartmentDto, DepartmentView)
  @ApiErrors(400, 404, 409, 412, 422)
  update(
    @Param('department') department: string,
    @Body() body: UpdateDepartmentDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.departments.update(department, body, version, actor);
  }

  @Delete(':department')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @DEPARTMENT
  @ApiOperation({
    summary: 'Delete a department',
    description: 'Refused (409, nothing deleted) while it has employees or bookings; its rules go with it.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('department') department: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.departments.delete(department, actor);
  }
}
