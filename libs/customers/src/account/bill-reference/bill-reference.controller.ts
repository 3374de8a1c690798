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
  Idempotent,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  ParseIdPipe,
  PATCH_CONTENT_TYPES,
  type Principal,
  ReferenceData,
  RequireAnyPermission,
  RequirePermissions,
  StaffOnly,
} from '@contactly/platform';
import { BILL_FORMAT, BILL_PRESENTATION_MEDIA, BILLING_CYCLE_SPECIFICATION, type BillReferenceKind } from './bill-reference-kinds.js';
import type { BillReferenceInput } from './bill-reference-values.js';
import { BillReferenceService } from './bill-reference.service.js';

/**
 * The TMF666 endpoints of one bill reference catalogue. The three catalogues differ only in their
 * attributes, so one controller shape serves them, validating bodies against the DTO of its kind.
 */
function billReferenceControllerFor(kind: BillReferenceKind): Type<unknown> {
  const EntryId = new ParseIdPipe(kind.label);
  const lower = kind.label.toLowerCase();

  @ApiTags('TMF666 bill reference')
  @Controller(kind.path.slice(1))
  class BillReferenceController {
    constructor(readonly catalogues: BillReferenceService) {}

    @Get()
    @ReferenceData()
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `List ${lower} entries`, description: 'The operator’s catalogue that billing accounts refer to in `billStructure`.' })
    @ApiList(kind.list, kind.view)
    @ApiErrors(400)
    list(@ListQueryParams(kind.list) query: ListQuery, @BaseUrl() baseUrl: string) {
      return this.catalogues.list(kind, query, baseUrl);
    }

    @Get(':id')
    @ReferenceData()
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `Get a ${lower}` })
    @ApiOkResponse({ type: kind.view })
    @ApiErrors(404)
    get(@Param('id', EntryId) id: number, @BaseUrl() baseUrl: string) {
      return this.catalogues.get(kind, id, baseUrl);
    }

    @Post()
    @StaffOnly()
    @Idempotent()
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Add a ${lower}`, description: '`name` is mandatory; entries are told apart by `id`, so two may share a name. Staff only (403 for affiliates).' })
    @ApiBody({ type: kind.create })
    @ApiCreatedResponse({ type: kind.view, description: 'Added; `Location` is its href' })
    @ApiErrors(400)
    async create(@Body(createValidationPipe(kind.create)) body: BillReferenceInput, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      const { body: view, version } = await this.catalogues.create(kind, body, principal, baseUrl);
      return new Created(view, view.href, version);
    }

    @Patch(':id')
    @StaffOnly()
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Change a ${lower} (merge patch)`, description: '`id` and `href` cannot change (400). Staff only.' })
    @ApiConsumes(...PATCH_CONTENT_TYPES)
    @ApiBody({ type: kind.update })
    @ApiIfMatch()
    @ApiOkResponse({ type: kind.view })
    @ApiErrors(400, 404, 412)
    update(@Param('id', EntryId) id: number, @Body(createValidationPipe(kind.update)) body: BillReferenceInput & { id?: string; href?: string }, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.catalogues.update(kind, id, body, version, principal, baseUrl);
    }

    @Delete(':id')
    @StaffOnly()
    @HttpCode(204)
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Remove a ${lower}`, description: 'Refused (409) while an account’s bill structure uses it. Staff only.' })
    @ApiNoContentResponse({ description: 'Removed' })
    @ApiErrors(404, 409)
    async delete(@Param('id', EntryId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
      await this.catalogues.delete(kind, id, principal, baseUrl);
    }
  }
  Object.defineProperty(BillReferenceController, 'name', { value: `${kind.resource}Controller` });
  return BillReferenceController;
}

export const BillFormatController = billReferenceControllerFor(BILL_FORMAT);
export const BillPresentationMediaController = billReferenceControllerFor(BILL_PRESENTATION_MEDIA);
export const BillingCycleSpecificationController = billReferenceControllerFor(BILLING_CYCLE_SPECIFICATION);
