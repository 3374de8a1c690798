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
  RequireAnyPermission,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { ClientService } from '../client/client.service.js';
import { ClientExtendedView } from '../client/dto/client.dto.js';
import { ApiIdOrName } from '../shared/api.js';
import { CLIENT_GROUP_LIST, CLIENT_GROUP_MEMBER_LIST } from './client-group.list.js';
import { ClientGroupService } from './client-group.service.js';
import { ClientGroupView, CreateClientGroupDto, UpdateClientGroupDto } from './dto/client-group.dto.js';

const GROUP = ApiIdOrName('group', 7, 'client group');

@ApiTags('client groups')
@StaffOnly()
@Controller('api/v1/client_groups')
export class ClientGroupController {
  constructor(
    private readonly groups: ClientGroupService,
    private readonly clients: ClientService,
  ) {}

  @Get()
  @RequirePermissions('communications:read')
  @ApiOperation({ summary: 'List saved client groups' })
  @ApiList(CLIENT_GROUP_LIST, ClientGroupView)
  @ApiErrors(400)
  list(@ListQueryParams(CLIENT_GROUP_LIST) query: ListQuery) {
    return this.groups.list(query);
  }

  @Get(':group')
  @RequirePermissions('communications:read')
  @GROUP
  @ApiOperation({ summary: 'Get a client group by id or by name' })
  @ApiOkResponse({ type: ClientGroupView })
  @ApiErrors(404)
  get(@Param('group') group: string) {
    return this.groups.get(group);
  }

  @Get(':group/clients')
  @RequirePermissions('communications:read')
  @GROUP
  @ApiOperation({ summary: 'The clients of a group', description: 'Paged with offset and limit, by client id.' })
  @ApiList(CLIENT_GROUP_MEMBER_LIST, ClientExtendedView)
  @ApiErrors(400, 404)
  async listClients(
    @Param('group') group: string,
    @ListQueryParams(CLIENT_GROUP_MEMBER_LIST) query: ListQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { ids, total } = await this.groups.clientIdsOf(group, query);
    return this.clients.pageOf(ids, total, query.fields, principal);
  }

  @Post()
  @Idempotent()
  @RequireAnyPermission('communications:send', 'communications:admin')
  @ApiOperation({
    summary: 'Save a group of clients',
    description: 'Names are unique ignoring case (409); unknown clients are 422 and nothing is written. Up to 100,000 clients.',
  })
  @ApiCreatedResponse({ type: ClientGroupView })
  @ApiErrors(400, 409, 422)
  async create(@Body() body: CreateClientGroupDto, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.groups.create(body, actor);
    return new Created(view, `${baseUrl}/api/v1/client_groups/${view.groupId}`, version);
  }

  @Patch(':group')
  @RequireAnyPermission('communications:send', 'communications:admin')
  @GROUP
  @ApiOperation({
    summary: 'Change a client group (merge patch)',
    description: 'Name, description; `addClientIds` / `removeClientIds` change the members.',
  })
  @ApiMergePatch(UpdateClientGroupDto, ClientGroupView)
  @ApiErrors(400, 404, 409, 412, 422)
  update(
    @Param('group') group: string,
    @Body() body: UpdateClientGroupDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.groups.update(group, body, version, actor);
  }

  @Delete(':group')
  @HttpCode(204)
  @RequireAnyPermission('communications:send', 'communications:admin')
  @GROUP
  @ApiOperation({ summary: 'Delete a client group', description: 'Its clients stay; mailings sent to it keep their history.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404)
  async delete(@Param('group') group: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.groups.delete(group, actor);
  }
}
