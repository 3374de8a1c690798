import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiList,
  CurrentPrincipal,
  type ListQuery,
  ListQueryParams,
  type Principal,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { EmployeeView } from '../employee/dto/employee.dto.js';
import { EMPLOYEE_LIST } from '../employee/employee.list.js';
import { EmployeeService } from '../employee/employee.service.js';
import { ReplaceRoleCommunicationPermissionsDto, RoleCommunicationPermissionsView } from './dto/role-communication-permission.dto.js';
import { RoleCommunicationPermissionService } from './role-communication-permission.service.js';

const ROLE = ApiParam({ name: 'role', description: 'The role’s id or its name', example: 'marketer' });

/** The communications side of identity's roles: type × channel permissions and the role's employees. */
@ApiTags('roles')
@StaffOnly()
@Controller('api/v1/roles')
export class RoleCommunicationPermissionController {
  constructor(
    private readonly permissions: RoleCommunicationPermissionService,
    private readonly employees: EmployeeService,
  ) {}

  @Get(':role/communication-permissions')
  @RequirePermissions('communications:read')
  @ROLE
  @ApiOperation({ summary: 'The communication types a role may send, per channel' })
  @ApiOkResponse({ type: RoleCommunicationPermissionsView })
  @ApiErrors(404)
  get(@Param('role') role: string) {
    return this.permissions.get(role);
  }

  @Put(':role/communication-permissions')
  @RequirePermissions('communications:admin')
  @ROLE
  @ApiOperation({
    summary: 'Set the communication types a role may send, per channel',
    description: 'Replaces the whole list. Unknown types or channels: 422, nothing changes.',
  })
  @ApiOkResponse({ type: RoleCommunicationPermissionsView })
  @ApiErrors(400, 404, 422)
  replace(@Param('role') role: string, @Body() body: ReplaceRoleCommunicationPermissionsDto, @CurrentPrincipal() actor: Principal) {
    return this.permissions.replace(role, body, actor);
  }

  @Get(':role/employees')
  @RequirePermissions('communications:read')
  @ROLE
  @ApiOperation({ summary: 'The employees working under a role, by role id or name' })
  @ApiList(EMPLOYEE_LIST, EmployeeView)
  @ApiErrors(400, 404)
  async listEmployees(@Param('role') role: string, @ListQueryParams(EMPLOYEE_LIST) query: ListQuery) {
    const { id } = await this.permissions.role(role);
    return this.employees.list(query, { roleId: id });
  }
}
