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
  ParseIdPipe,
  PATCH_CONTENT_TYPES,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
} from '@contactly/platform';
import { ACCOUNT_APIS, type AccountApi } from './account-kinds.js';
import { type AccountInput, AccountService } from './account.service.js';

const OWNER_RULES = 'The owner (`relatedParty`, one Individual/Organization or Customer id) must exist in your scope, else 422 and nothing is written.';
const LINK_RULES = '`defaultPaymentMethod` must be a payment method of the owner, `financialAccount` one of the owner’s (or the operator’s), and `billStructure` must name existing catalogue entries (422 otherwise).';

/**
 * The TMF666 endpoints of one kind of account. The four kinds share one table and one service;
 * only their DTOs and views differ, so one controller shape serves all, validating bodies against
 * the DTO of its kind.
 */
function accountControllerFor(api: AccountApi): Type<unknown> {
  const AccountId = new ParseIdPipe(api.label);
  const links = api.kind === 'financial' ? '' : ` ${LINK_RULES}`;
  const mandatory = api.ownerRequired ? '`name` and `relatedParty` are mandatory.' : '`name` is mandatory; `relatedParty` too unless you are staff (an account without owner is the operator’s own).';

  @ApiTags('TMF666 account')
  @Controller(api.path.slice(1))
  class AccountController {
    constructor(readonly accounts: AccountService) {}

    @Get()
    @CustomerOwned(api.type)
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `List ${api.label.toLowerCase()}s (within your scope)`, description: 'Affiliates see the accounts of their customers, a subscriber only their own. `relatedPartyId` lists the accounts of one party.' })
    @ApiList(api.list, api.view)
    @ApiErrors(400)
    list(@ListQueryParams(api.list) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.accounts.list(api, query, principal, baseUrl);
    }

    @Get(':id')
    @CustomerOwned(api.type)
    @RequireAnyPermission('customers:read', 'self:read')
    @ApiOperation({ summary: `Get a ${api.label.toLowerCase()}`, description: 'The `ETag` is the version to send back in `If-Match`.' })
    @ApiOkResponse({ type: api.view })
    @ApiErrors(404)
    get(@Param('id', AccountId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.accounts.get(api, id, principal, baseUrl);
    }

    @Post()
    @CustomerOwned(api.type)
    @Idempotent()
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Open a ${api.label.toLowerCase()}`, description: `${mandatory} ${OWNER_RULES}${links} It starts \`created\` unless \`state: active\` is sent.` })
    @ApiBody({ type: api.create })
    @ApiCreatedResponse({ type: api.view, description: 'Opened; `Location` is its href' })
    @ApiErrors(400, 422)
    async create(@Body(createValidationPipe(api.create)) body: AccountInput, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      const { body: view, version } = await this.accounts.create(api, body, principal, baseUrl);
      return new Created(view, view.href, version);
    }

    @Patch(':id')
    @CustomerOwned(api.type)
    @RequirePermissions('customers:write')
    @ApiOperation({
      summary: `Change a ${api.label.toLowerCase()} (merge patch)`,
      description: `\`state\` follows created → active ⇄ suspended → closed (409 otherwise); a closed account changes no more (409). \`id\`, \`href\` and the owner cannot change (400).${links}`,
    })
    @ApiConsumes(...PATCH_CONTENT_TYPES)
    @ApiBody({ type: api.update })
    @ApiIfMatch()
    @ApiOkResponse({ type: api.view })
    @ApiErrors(400, 404, 409, 412, 422)
    update(@Param('id', AccountId) id: number, @Body(createValidationPipe(api.update)) body: AccountInput, @IfMatch() version: number | undefined, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.accounts.update(api, id, body, version, principal, baseUrl);
    }

    @Delete(':id')
    @CustomerOwned(api.type)
    @HttpCode(204)
    @RequirePermissions('customers:write')
    @ApiOperation({ summary: `Delete a ${api.label.toLowerCase()}`, description: api.kind === 'financial' ? 'Refused (409) while other accounts refer to it.' : 'Its history stays in the event feed and the audit trail.' })
    @ApiNoContentResponse({ description: 'Deleted' })
    @ApiErrors(...(api.kind === 'financial' ? [404, 409] : [404]))
    async delete(@Param('id', AccountId) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
      await this.accounts.delete(api, id, principal, baseUrl);
    }
  }
  Object.defineProperty(AccountController, 'name', { value: `${api.resource}Controller` });
  return AccountController;
}

export const BillingAccountController = accountControllerFor(ACCOUNT_APIS.billing);
export const PartyAccountController = accountControllerFor(ACCOUNT_APIS.party);
export const SettlementAccountController = accountControllerFor(ACCOUNT_APIS.settlement);
export const FinancialAccountController = accountControllerFor(ACCOUNT_APIS.financial);
