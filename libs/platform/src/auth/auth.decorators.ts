import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBasicAuth, ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../http/errors/api-errors.decorator.js';
import { AUDIENCE } from './audience.js';
import type { Permission } from './permissions.js';
import type { Principal } from './principal.js';

export const PUBLIC_ROUTE = 'contactly:public';
export const REQUIRED_PERMISSIONS = 'contactly:permissions';

/** Anyone may call this route without credentials. */
export const Public = () =>
  applyDecorators(
    SetMetadata(PUBLIC_ROUTE, true),
    SetMetadata(AUDIENCE, { kind: 'public' }),
    ApiExtension('x-public', true),
    ApiExtension('x-audience', 'public'),
  );

/**
 * The route needs Basic credentials and every listed permission. Without arguments any signed-in
 * principal may call it (object scope still applies in the repositories).
 */
export const RequirePermissions = (...permissions: Permission[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSIONS, permissions),
    ApiBasicAuth('basic'),
    ApiErrors(401, ...(permissions.length ? [403] : [])),
    ...(permissions.length ? [ApiExtension('x-permissions', permissions)] : []),
  );

export const ANY_OF_PERMISSIONS = 'contactly:any-permission';

/**
 * The route needs Basic credentials and at least one of the permissions, e.g. a staff permission
 * or a subscriber's self-service one; scope then narrows what each sees.
 */
export const RequireAnyPermission = (...permissions: Permission[]) =>
  applyDecorators(
    SetMetadata(ANY_OF_PERMISSIONS, permissions),
    ApiBasicAuth('basic'),
    ApiErrors(401, 403),
    ApiExtension('x-permissions-any-of', permissions),
  );

/** The authenticated principal of the request. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>().user as Principal,
);
