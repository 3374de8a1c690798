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
import { CreateIndividualDto, IndividualView, UpdateIndividualDto } from './dto/individual.dto.js';
import { INDIVIDUAL_LIST } from './party-lists.js';
import { PartyService } from './party.service.js';
import { INDIVIDUAL_PATH } from './tmf-paths.js';

const IndividualId = new ParseIdPipe('Individual');

@ApiTags('TMF632 party')
@Controller(INDIVIDUAL_PATH.slice(1))
export class IndividualController {
  constructor(private readonly parties: PartyService) {}

  @Get()
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'List individuals (within your scope)' })
  @ApiList(INDIVIDUAL_LIST, IndividualView)
  @ApiErrors(400)
  list(@ListQueryParams(INDIVIDUAL_LIST) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.list('individual', query, principal, baseUrl);
  }

  @Get(':id')
  @RequireAnyPermission('customers:read', 'self:read')
  @ApiOperation({ summary: 'Get an individual' })
  @ApiOkResponse({ type: IndividualView })
  @ApiErrors(404)
  get(@Param('id', IndividualId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.get('individual', id, principal, baseUrl);
  }

  @Post()
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Create an individual', description: '`givenName` and `familyName` are mandatory. An affiliate owns what it creates.' })
  @ApiCreatedResponse({ type: IndividualView })
  @ApiErrors(400, 422)
  async create(@Body() body: CreateIndividualDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    const { body: view, version } = await this.parties.create('individual', body, principal, baseUrl);
    return new Created(view, view.href, version);
  }

  @Patch(':id')
  @RequireAnyPermission('customers:write', 'self:write')
  @ApiOperation({ summary: 'Change an individual (merge patch)', description: '`id`, `href` and the owning affiliate cannot change (400).' })
  @ApiConsumes(...PATCH_CONTENT_TYPES)
  @ApiBody({ type: UpdateIndividualDto })
  @ApiIfMatch()
  @ApiOkResponse({ type: IndividualView })
  @ApiErrors(400, 404, 412)
  update(@Param('id', IndividualId) id: number, @Body() body: UpdateIndividualDto, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.parties.update('individual', id, body, version, principal, baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions('customers:write')
  @ApiOperation({ summary: 'Delete an individual', description: 'Refused (409) while it is a customer.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(404, 409)
  async delete(@Param('id', IndividualId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
    await this.parties.delete('individual', id, principal, baseUrl);
  }
}
