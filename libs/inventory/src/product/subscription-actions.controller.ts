import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMergePatch,
  BaseUrl,
  CurrentPrincipal,
  CustomerOwned,
  IfMatch,
  ParseIdPipe,
  type Principal,
  RequireAnyPermission,
  RequirePermissions,
} from '@contactly/platform';
import { ProductView } from './dto/product.dto.js';
import { CancelSubscriptionDto, SubscriptionSettingsDto, SuspendSubscriptionDto } from './dto/subscription-actions.dto.js';
import { SubscriptionActions } from './subscription-actions.service.js';

const Id = new ParseIdPipe('Product');
const SCOPE = 'Affiliates act on their customers’ subscriptions, a subscriber on their own; anyone else’s is 404.';

/**
 * What customer service and subscribers do with a subscription, besides the TMF637 PATCH (which
 * reaches the same operations through `status` and `autoRenew`). Each answers the product (TMF637
 * view) with its new ETag.
 */
@ApiTags('subscriptions')
@CustomerOwned('product')
@Controller('api/v1/subscriptions')
export class SubscriptionActionsController {
  constructor(private readonly actions: SubscriptionActions) {}

  @Post(':id/cancel')
  @HttpCode(200)
  @RequireAnyPermission('subscriptions:write', 'self:write')
  @ApiOperation({
    summary: 'Cancel a subscription, now or at the end of its period',
    description:
      '`now` terminates it at once (its number and SIM go to aging); `periodEnd` schedules it (`pendingTerminate`, `terminationDate` = the end of the current period), which can be undone until then. ' +
      'One not yet active is cancelled at once either way. `reason` is one of the list (400 otherwise); `comment` is required with `other`. ' +
      `A subscription that ended is 409 SUBSCRIPTION_ALREADY_ENDED; a second scheduling 409 CANCELLATION_ALREADY_SCHEDULED. ${SCOPE}`,
  })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 404, 409)
  cancel(
    @Param('id', Id) id: number,
    @Body() body: CancelSubscriptionDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    return this.actions.cancel(id, body, principal, baseUrl);
  }

  @Delete(':id/cancellation')
  @RequireAnyPermission('subscriptions:write', 'self:write')
  @ApiOperation({
    summary: 'Undo a scheduled cancellation',
    description: `Back to active (or suspended, when it was). 409 NO_CANCELLATION_SCHEDULED when none is, SUBSCRIPTION_ALREADY_ENDED once it took effect. ${SCOPE}`,
  })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(404, 409)
  undo(@Param('id', Id) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.actions.undoCancellation(id, principal, baseUrl);
  }

  @Patch(':id')
  @RequireAnyPermission('subscriptions:write', 'self:write')
  @ApiOperation({
    summary: 'Switch auto-renewal',
    description: `With \`autoRenew: false\` it ends at the end of the current period instead of renewing. Send the ETag in If-Match (412 when stale). ${SCOPE}`,
  })
  @ApiMergePatch(SubscriptionSettingsDto, ProductView)
  @ApiErrors(400, 404, 412)
  changeSettings(
    @Param('id', Id) id: number,
    @Body() body: SubscriptionSettingsDto,
    @IfMatch() version: number | undefined,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    return this.actions.changeSettings(id, body, version, principal, baseUrl);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @RequirePermissions('subscriptions:write')
  @ApiOperation({
    summary: 'Suspend a subscription (customer service and affiliates)',
    description: `Active → suspended; it neither renews nor ends while suspended. Subscribers cannot (403). 409 from other statuses. ${SCOPE}`,
  })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 403, 404, 409)
  suspend(
    @Param('id', Id) id: number,
    @Body() body: SuspendSubscriptionDto,
    @CurrentPrincipal() principal: Principal,
    @BaseUrl() baseUrl: string,
  ) {
    return this.actions.suspend(id, body, principal, baseUrl);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequirePermissions('subscriptions:write')
  @ApiOperation({
    summary: 'Resume a suspended subscription (customer service and affiliates)',
    description: `Suspended → active; periods that ended meanwhile are renewed by the next renewal run. 409 from other statuses. ${SCOPE}`,
  })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(403, 404, 409)
  resume(@Param('id', Id) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
    return this.actions.resume(id, principal, baseUrl);
  }
}
