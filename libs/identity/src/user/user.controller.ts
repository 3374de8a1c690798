import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  OwnAccount,
  Page,
  ParseIdPipe,
  type Principal,
  RequirePermissions,
  StaffOnly,
  Versioned,
} from '@contactly/platform';
import { CreateUserDto } from './dto/create-user.dto.js';
import { ChangeOwnPasswordDto, ResetPasswordDto } from './dto/password.dto.js';
import { UpdateOwnAccountDto } from './dto/update-own-account.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserDto } from './dto/user.dto.js';
import { USER_LIST } from './user-list.js';
import { UserService } from './user.service.js';

const UserId = new ParseIdPipe('User');

@ApiTags('users')
@StaffOnly()
@Controller('api/v1/users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Get()
  @RequirePermissions('users:read')
  @ApiOperation({
    summary: 'List users',
    description: '`q` matches the start of username, display name or email; `role` keeps holders of one role.',
  })
  @ApiList(USER_LIST, UserDto)
  @ApiErrors(400)
  list(@ListQueryParams(USER_LIST) query: ListQuery): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  @Get('me')
  @OwnAccount()
  @RequirePermissions()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentPrincipal() principal: Principal): Promise<Versioned<UserDto>> {
    return this.users.get(principal.userId);
  }

  @Patch('me')
  @OwnAccount()
  @RequirePermissions()
  @ApiOperation({
    summary: 'Change my own account (interface language)',
    description: 'Any signed-in user (staff, affiliate, subscriber). The next sign-in check returns the new `locale`.',
  })
  @ApiMergePatch(UpdateOwnAccountDto, UserDto)
  @ApiErrors(400, 412)
  updateMe(
    @CurrentPrincipal() principal: Principal,
    @Body() body: UpdateOwnAccountDto,
    @IfMatch() version: number | undefined,
  ): Promise<Versioned<UserDto>> {
    return this.users.updateOwnAccount(principal, body, version);
  }

  @Put('me/password')
  @OwnAccount()
  @HttpCode(204)
  @RequirePermissions()
  @ApiOperation({
    summary: 'Change my own password',
    description: 'Needs the current password. Drops every cached credential of the user.',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiErrors(400)
  async changeOwnPassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangeOwnPasswordDto): Promise<void> {
    await this.users.changeOwnPassword(principal, body.currentPassword, body.newPassword);
  }

  @Get(':id')
  @RequirePermissions('users:read')
  @ApiOperation({ summary: 'Get a user', description: 'The ETag header carries the version for If-Match.' })
  @ApiOkResponse({ type: UserDto, headers: { ETag: { schema: { type: 'string' } } } })
  @ApiErrors(404)
  get(@Param('id', UserId) id: number): Promise<Versioned<UserDto>> {
    return this.users.get(id);
  }

  @Post()
  @RequirePermissions('users:write')
  @Idempotent()
  @ApiOperation({ summary: 'Create a user' })
  @ApiCreatedResponse({ type: UserDto, headers: { Location: { schema: { type: 'string' } }, ETag: { schema: { type: 'string' } } } })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateUserDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string): Promise<Created<UserDto>> {
    const { body: user, version } = await this.users.create(body, actor);
    return new Created(user, `${baseUrl}/api/v1/users/${user.id}`, version);
  }

  @Patch(':id')
  @RequirePermissions('users:write')
  @ApiOperation({
    summary: 'Change a user (merge patch)',
    description: 'Send only what changes. Taking the admin role from, or deactivating, the last active admin is refused (409).',
  })
  @ApiMergePatch(UpdateUserDto, UserDto)
  @ApiErrors(400, 404, 409, 412, 422)
  update(
    @Param('id', UserId) id: number,
    @Body() body: UpdateUserDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ): Promise<Versioned<UserDto>> {
    return this.users.update(id, body, version, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('users:write')
  @ApiOperation({ summary: 'Delete a user', description: 'Refused for yourself and for the last active admin (409).' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('id', UserId) id: number, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.users.delete(id, actor);
  }

  @Put(':id/password')
  @HttpCode(204)
  @RequirePermissions('users:write')
  @ApiOperation({ summary: 'Reset a user’s password (admin)', description: 'Drops every cached credential of the user.' })
  @ApiNoContentResponse({ description: 'Reset' })
  @ApiErrors(400, 404)
  async resetPassword(
    @Param('id', UserId) id: number,
    @Body() body: ResetPasswordDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<void> {
    await this.users.resetPassword(id, body.newPassword, actor);
  }
}
