import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiIfMatch,
  ApiList,
  BaseUrl,
  Created,
  createValidationPipe,
  CurrentPrincipal,
  CustomerOwned,
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  type ListSpec,
  ParseIdPipe,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
} from '@contactly/platform';
import { CreateIndividualDto, IndividualView, UpdateIndividualDto } from './dto/individual.dto.js';
import { CreateOrganizationDto, OrganizationView, UpdateOrganizationDto } from './dto/organization.dto.js';
import { INDIVIDUAL_LIST, ORGANIZATION_LIST } from './party-lists.js';
import type { PartyType } from './party.entity.js';
import { PartyService } from './party.service.js';
import { INDIVIDUAL_PATH, ORGANIZATION_PATH } from './tmf-paths.js';

interface PartyApi {
  type: PartyType;
  /** `Individual` or `Organization`: the TMF resource name. */
  resource: string;
  path: string;
  list: ListSpec;
  create: new () => object;
  update: new () => object;
  view: new () => object;
  mandatory: string;
}

/**
 * The TMF632 endpoints of one kind of party. Individuals and organizations differ only in their
 * DTOs, so one controller shape serves both; the bodies are validated against the DTO given here.
 */
function partyControllerFor(api: PartyApi): Type<unknown> {
  const PartyId = new ParseIdPipe(api.resource);
  const lower = api.resource.toLowerCase();

  @ApiTags('TMF632 party')
  @Controller(api.path.slice(1))
  class PartyController {
    constructor(readonly parties: PartyService) {}

    @Get()
    @CustomerOwned(api.type)
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `List ${lower}s (within your scope)` })
    @ApiList(api.list, api.view)
    @ApiErrors(400)
    list(@ListQueryParams(api.list) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.parties.list(api.type, query, principal, baseUrl);
    }

    @Get(':id')
    @CustomerOwned(api.type)
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `Get an ${lower}` })
    @ApiOkResponse({ type: api.view })
    @ApiErrors(404)
    get(@Param('id', PartyId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.parties.get(api.type, id, principal, baseUrl);
    }

    @Post()
    @CustomerOwned(api.type)
    @Idempotent()
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Create an ${lower}`, description: `${api.mandatory} mandatory. An affiliate owns what it creates.` })
    @ApiBody({ type: api.create })
    @ApiCreatedResponse({ type: api.view })
    @ApiErrors(400, 422)
    async create(@Body(createValidationPipe(api.create)) body: CreateIndividualDto | CreateOrganizationDto, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      const { body: view, version } = await this.parties.create(api.type, body, principal, baseUrl);
      return new Created(view, view.href, version);
    }

    @Patch(':id')
    @CustomerOwned(api.type)
    @RequireAnyPermission('customers:write', 'self:write')
    @ApiOperation({ summary: `Change an ${lower} (merge patch)`, description: '`id`, `href` and the owning affiliate cannot change (400).' })
    @ApiConsumes(...PATCH_CONTENT_TYPES)
    @ApiBody({ type: api.update })
    @ApiIfMatch()
    @ApiOkResponse({ type: api.view })
    @ApiErrors(400, 404, 412)
    update(@Param('id', PartyId) id: number, @Body(createValidationPipe(api.update)) body: UpdateIndividualDto | UpdateOrganizationDto, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.parties.update(api.type, id, body, version, principal, baseUrl);
    }

    @Delete(':id')
    @CustomerOwned(api.type)
    @HttpCode(204)
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Delete an ${lower}`, description: 'Refused (409) while it is a customer.' })
    @ApiNoContentResponse({ description: 'Deleted' })
    @ApiErrors(404, 409)
    async delete(@Param('id', PartyId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
      await this.parties.delete(api.type, id, principal, baseUrl);
    }
  }
  Object.defineProperty(PartyController, 'name', { value: `${api.resource}Controller` });
  return PartyController;
}

export const IndividualController = partyControllerFor({
  type: 'individual',
  resource: 'Individual',
  path: INDIVIDUAL_PATH,
  list: INDIVIDUAL_LIST,
  create: CreateIndividualDto,
  update: UpdateIndividualDto,
  view: IndividualView,
  mandatory: '`givenName` and `familyName` are',
});

export const OrganizationController = partyControllerFor({
  type: 'organization',
  resource: 'Organization',
  path: ORGANIZATION_PATH,
  list: ORGANIZATION_LIST,
  create: CreateOrganizationDto,
  update: UpdateOrganizationDto,
  view: OrganizationView,
  mandatory: '`tradingName` is',
});
