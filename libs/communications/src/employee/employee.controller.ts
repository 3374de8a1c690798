import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { CreateEmployeeDto, EmployeeView, UpdateEmployeeDto } from './dto/employee.dto.js';
import { EMPLOYEE_LIST } from './employee.list.js';
import { EmployeeService } from './employee.service.js';

const EMPLOYEE = ApiParam({ name: 'employee', description: 'The employee’s id, or their username', example: 'maria.marketing' });

@ApiTags('employees')
@StaffOnly()
@Controller('api/v1/employees')
export class EmployeeController {
  constructor(private readonly employees: EmployeeService) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List employees', description: '`departmentId`, `roleId` or `role` (a name) narrow the list.' })
  @ApiList(EMPLOYEE_LIST, EmployeeView)
  @ApiErrors(400)
  list(@ListQueryParams(EMPLOYEE_LIST) query: ListQuery) {
    return this.employees.list(query);
  }

  @Get(':employee')
  @RequirePermissions('communications:read')
  @EMPLOYEE
  @ApiOperation({ summary: 'Get an employee by id or by username' })
  @ApiOkResponse({ type: EmployeeView })
  @ApiErrors(404)
  get(@Param('employee') employee: string) {
    return this.employees.get(employee);
  }

  @Post()
  @Idempotent()
  @RequirePermissions('communications:admin', 'users:write')
  @ApiOperation({
    summary: 'Add an employee',
    description:
      'Creates the staff login (`username`, `displayName`, `password`) with the role, or links an existing staff user (`userId`) and gives it the role. Unknown department or role: 422; username taken or user already an employee: 409.',
  })
  @ApiCreatedResponse({ type: EmployeeView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateEmployeeDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.employees.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/employees/${view.employeeId}`, version);
  }

  @Patch(':employee')
  @RequirePermissions('communications:admin', 'users:write')
  @EMPLOYEE
  @ApiOperation({
    summary: 'Change an employee (merge patch)',
    description: 'A new role replaces the old one on the login too; displayName, email and active change the login.',
  })
  @ApiMergePatch(UpdateEmployeeDto, EmployeeView)
  @ApiErrors(400, 404, 409, 412, 422)
  update(
    @Param('employee') employee: string,
    @Body() body: UpdateEmployeeDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.employees.update(employee, body, version, actor);
  }

  @Delete(':employee')
  @HttpCode(204)
  @RequirePermissions('communications:admin')
  @EMPLOYEE
  @ApiOperation({ summary: 'Delete an employee', description: 'The login stays; deactivate or delete it under /api/v1/users.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async delete(@Param('employee') employee: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.employees.delete(employee, actor);
  }
}
