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
  ParseIdPipe,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
} from '@contactly/platform';
import { CreateOrganizationDto, OrganizationView, UpdateOrganizationDto } from './dto/organization.dto.js';
import { ORGANIZATION_LIST } from './party-lists.js';
import { PartyService } from './party.service.js';
import { ORGANIZATION_PATH } from './tmf-paths.js';

const OrganizationId = new ParseIdPipe('Organization');

@ApiTags('TMF632 party')
@Controller(ORGANIZATION_PATH.slice(1))
export class OrganizationController {
  constructor(private readonly parties: PartyService) {}

  @Get()
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'List organizations (within your scope)' })
  @ApiList(ORGANIZATION_LIST, OrganizationView)
  @ApiErrors(400)
  list(@ListQueryParams(ORGANIZATION_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.list('organization', query, principal, baseUrl);
  }

  @Get(':id')
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'Get an organization' })
  @ApiOkResponse({ type: OrganizationView })
  @ApiErrors(404)
  get(@Param('id', OrganizationId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.get('organization', id, principal, baseUrl);
  }

  @Post()
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Create an organization', description: '`tradingName` is mandatory. An affiliate owns what it creates.' })
  @ApiCreatedResponse({ type: OrganizationView })
  @ApiErrors(400, 422)
  async create(@Body() body: CreateOrganizationDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.parties.create('organization', body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @Patch(':id')
  @RequireAnyPermission('customers:write', 'self:write')
  @ApiOperation({ summary: 'Change an organization (merge patch)', description: '`id`, `href` and the owning affiliate cannot change (400).' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateOrganizationDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: OrganizationView })
  @ApiErrors(400, 404, 412)
  update(@Param('id', OrganizationId) id: number, @Body() body: UpdateOrganizationDto, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.update('organization', id, body, version, principal, baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Delete an organization', description: 'Refused (409) while it is a customer.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('id', OrganizationId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.parties.delete('organization', id, principal, baseUrl);
  }
}
