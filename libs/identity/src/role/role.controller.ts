import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMergePatch,
  ApiList,
  BaseUrl,
  Created,
  CurrentPrincipal,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  Page,
  type Principal,
  RequirePermissions,
  StaffOnly,
  Versioned,
} from '@contactly/platform';
import { UserDto } from '../user/dto/user.dto.js';
import { USER_LIST } from '../user/user-list.js';
import { RoleDto } from './dto/role.dto.js';
import { CreateRoleDto, PermissionsDto, UpdateRoleDto } from './dto/role-input.dto.js';
import { ROLE_LIST } from './role-list.js';
import { RoleService } from './role.service.js';

const ROLE_PARAM = ApiParam({ name: 'role', description: 'The role’s id or its name', example: 'agent' });

@ApiTags('roles')
@StaffOnly()
@Controller('api/v1/roles')
export class RoleController {
  constructor(private readonly roles: RoleService) {}

  @Get()
  @RequirePermissions('roles:read')
  @ApiOperation({ summary: 'List roles' })
  @ApiList(ROLE_LIST, RoleDto)
  @ApiErrors(400)
  list(@ListQueryParams(ROLE_LIST) query: ListQuery): Promise<Page<RoleDto>> {
    return this.roles.list(query);
  }

  @Get(':role')
  @RequirePermissions('roles:read')
  @ROLE_PARAM
  @ApiOperation({ summary: 'Get a role by id or by name' })
  @ApiOkResponse({ type: RoleDto })
  @ApiErrors(404)
  get(@Param('role') role: string): Promise<Versioned<RoleDto>> {
    return this.roles.get(role);
  }

  @Get(':role/users')
  @RequirePermissions('roles:read', 'users:read')
  @ROLE_PARAM
  @ApiOperation({ summary: 'The users (employees) holding a role, by role id or name' })
  @ApiList(USER_LIST, UserDto)
  @ApiErrors(400, 404)
  users(@Param('role') role: string, @ListQueryParams(USER_LIST) query: ListQuery): Promise<Page<UserDto>> {
    return this.roles.listUsers(role, query);
  }

  @Post()
  @RequirePermissions('roles:write')
  @Idempotent()
  @ApiOperation({ summary: 'Create a role' })
  @ApiCreatedResponse({ type: RoleDto })
  @ApiErrors(400, 409)
  async create(@Body() body: CreateRoleDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string): Promise<Created<RoleDto>> {
    const role = await this.roles.create(body, actor);
    return new Created(role, `${baseUrl}/api/v1/roles/${role.id}`, role.version);
  }

  @Patch(':role')
  @RequirePermissions('roles:write')
  @ROLE_PARAM
  @ApiOperation({ summary: 'Change a role’s description or replace its permissions (merge patch)' })
  @ApiMergePatch(UpdateRoleDto, RoleDto)
  @ApiErrors(400, 404, 409, 412)
  update(
    @Param('role') role: string,
    @Body() body: UpdateRoleDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Versioned<RoleDto>> {
    return this.roles.update(role, body, version, actor);
  }

  @Post(':role/permissions')
  @HttpCode(200)
  @RequirePermissions('roles:write')
  @ROLE_PARAM
  @ApiOperation({ summary: 'Add permissions to a role' })
  @ApiOkResponse({ type: RoleDto })
  @ApiErrors(400, 404, 409)
  addPermissions(
    @Param('role') role: string,
    @Body() body: PermissionsDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Versioned<RoleDto>> {
    return this.roles.addPermissions(role, body.permissions, actor);
  }

  @Delete(':role/permissions/:permission')
  @RequirePermissions('roles:write')
  @ROLE_PARAM
  @ApiParam({ name: 'permission', example: 'statistics:read' })
  @ApiOperation({ summary: 'Take a permission from a role' })
  @ApiOkResponse({ type: RoleDto })
  @ApiErrors(404, 409)
  removePermission(
    @Param('role') role: string,
    @Param('permission') permission: string,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Versioned<RoleDto>> {
    return this.roles.removePermission(role, permission, actor);
  }

  @Delete(':role')
  @HttpCode(204)
  @RequirePermissions('roles:write')
  @ROLE_PARAM
  @ApiOperation({ summary: 'Delete a role', description: 'Refused while users hold it and for built-in roles (409).' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('role') role: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.roles.delete(role, actor);
  }
}
