import { Body, Controller, Delete, HttpCode, Param, Post, type Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermissions } from '../../auth/auth.decorators.js';
import type { Permission } from '../../auth/permissions.js';
import type { Principal } from '../../auth/principal.js';
import { Created } from '../../http/concurrency/versioned.js';
import { ApiErrors } from '../../http/errors/api-errors.decorator.js';
import { Idempotent } from '../../http/idempotency/idempotent.interceptor.js';
import { BaseUrl } from '../../http/tmf/base-url.js';
import { ParseIdPipe } from '../../http/validation/parse-id.pipe.js';
import { HubDto, HubRegistrationDto } from './hub-registration.dto.js';
import { HubService } from './hub.service.js';
import { CustomerOwned } from '../../auth/audience.js';

/**
 * The `/hub` of one TMF API (`POST` registers a listener, `DELETE /hub/{id}` removes it). Each API
 * module declares its own with `hubControllerFor('customerManagement', ...)`.
 */
export function hubControllerFor(api: string, basePath: string, permission: Permission): Type<unknown> {
  const HubId = new ParseIdPipe('Hub');

  @ApiTags(`${api} hub`)
  @Controller(`${basePath}/hub`)
  class HubController {
    constructor(readonly hubs: HubService) {}

    @Post()
    @CustomerOwned('hubRegistration')
    @Idempotent()
    @RequirePermissions(permission)
    @ApiOperation({
      summary: `Register a listener for ${api} events`,
      description: 'Events are POSTed to the callback as TMF688 `{eventId, eventTime, eventType, event}`.',
    })
    @ApiCreatedResponse({ type: HubDto })
    @ApiErrors(400)
    async register(
      @Body() body: HubRegistrationDto,
      @CurrentPrincipal() principal: Principal,
      @BaseUrl() baseUrl: string,
    ): Promise<Created<HubDto>> {
      const hub = await this.hubs.register(api, body.callback, body.query ?? null, principal);
      return new Created(hub, `${baseUrl}${basePath}/hub/${hub.id}`);
    }

    @Delete(':id')
    @CustomerOwned('hubRegistration')
    @HttpCode(204)
    @RequirePermissions(permission)
    @ApiOperation({ summary: `Remove a ${api} listener` })
    @ApiNoContentResponse({ description: 'Removed' })
    @ApiErrors(404)
    async unregister(@Param('id', HubId) id: number, @CurrentPrincipal() principal: Principal): Promise<void> {
      await this.hubs.unregister(api, id, principal);
    }
  }
  const pascal = api.charAt(0).toUpperCase() + api.slice(1);
  Object.defineProperty(HubController, 'name', { value: `${pascal}HubController` });
  return HubController;
}
