import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { forbidden, unauthenticated } from '../http/errors/domain-error.js';
import { type Audience, AUDIENCE } from './audience.js';
import { ANY_OF_PERMISSIONS, PUBLIC_ROUTE, REQUIRED_PERMISSIONS } from './auth.decorators.js';
import { CredentialCache } from './credential-cache.js';
import type { Permission } from './permissions.js';
import type { Principal } from './principal.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

const PassportBasicGuard = AuthGuard('basic');

/**
 * The global guard: every route needs Basic credentials unless marked `@Public()`, a staff
 * principal when marked `@StaffOnly()`, and the permissions its `@RequirePermissions` lists. A credential already verified is taken from the
 * cache without going through passport again (the hot path of every API call).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly passport = new PassportBasicGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly cache: CredentialCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const authorization = request.headers.authorization;
    const cached = typeof authorization === 'string' ? this.cache.get(authorization) : undefined;
    if (cached) request.user = cached;
    else await this.authenticate(context);

    const principal = request.user as Principal;
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets) ?? [];
    const missing = required.filter((permission) => !principal.permissions.has(permission));
    if (missing.length) throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, `This needs the permission ${missing.join(', ')}`);
    const anyOf = this.reflector.getAllAndOverride<Permission[] | undefined>(ANY_OF_PERMISSIONS, targets);
    if (anyOf && !anyOf.some((permission) => principal.permissions.has(permission))) {
      throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, `This needs one of the permissions ${anyOf.join(', ')}`);
    }
    // Whatever permissions a partner's or subscriber's role was given, staff routes stay staff's.
    if (principal.kind !== 'staff' && this.reflector.getAllAndOverride<Audience | undefined>(AUDIENCE, targets)?.kind === 'staff') {
      throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, 'Only employees and administrators may do this');
    }
    return true;
  }

  /** Passport's own 401 carries no reason; ours names the problem in the common error shape. */
  private async authenticate(context: ExecutionContext): Promise<void> {
    try {
      await this.passport.canActivate(context);
    } catch (error) {
      if (error instanceof UnauthorizedException) {
        throw unauthenticated(
          PLATFORM_ERRORS.AUTHENTICATION_REQUIRED,
          'Sign in with HTTP Basic credentials: they are missing, malformed or wrong',
        );
      }
      throw error;
    }
  }
}
