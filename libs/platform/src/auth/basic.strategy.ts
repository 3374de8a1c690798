import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { BasicStrategy as PassportBasicStrategy } from 'passport-http';
import { unauthenticated } from '../http/errors/domain-error.js';
import { parseBasicAuthorization } from './basic-credentials.js';
import { CredentialCache } from './credential-cache.js';
import { CredentialVerifier } from './credential-verifier.js';
import { LoginThrottle } from './login-throttle.js';
import type { Principal } from './principal.js';
import { PLATFORM_ERRORS } from '../http/errors/platform-errors.js';

export const BASIC_REALM = 'Contactly';

/**
 * HTTP Basic through passport-http: throttle, verify (argon2id, via the identity port), cache the
 * success. Wrong credentials are never cached and count towards the throttle.
 */
@Injectable()
export class BasicStrategy extends PassportStrategy(PassportBasicStrategy, 'basic') {
  constructor(
    private readonly verifier: CredentialVerifier,
    private readonly cache: CredentialCache,
    private readonly throttle: LoginThrottle,
  ) {
    super({ passReqToCallback: true, realm: BASIC_REALM });
  }

  async validate(request: FastifyRequest, username: string): Promise<Principal> {
    const authorization = request.headers.authorization as string;
    // passport-http cuts the password at a second colon; RFC 7617 allows colons in passwords.
    const credentials = parseBasicAuthorization(authorization);
    if (!credentials || credentials.username !== username)
      throw unauthenticated(PLATFORM_ERRORS.INVALID_CREDENTIALS, 'Wrong username or password');
    await this.throttle.assertAllowed(username, request.ip);
    const principal = await this.verifier.verify(username, credentials.password);
    if (!principal) {
      await this.throttle.recordFailure(username, request.ip);
      throw unauthenticated(PLATFORM_ERRORS.INVALID_CREDENTIALS, 'Wrong username or password');
    }
    await this.throttle.recordSuccess(username);
    this.cache.set(authorization, principal);
    return principal;
  }
}
