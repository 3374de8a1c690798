import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

let configuredPublicUrl: string | undefined;

/** Set once at start from PUBLIC_URL; otherwise hrefs follow the request's own host. */
export function setPublicUrl(url: string | undefined): void {
  configuredPublicUrl = url;
}

/**
 * Fastify's `host` and `protocol` follow `X-Forwarded-Host`/`-Proto` only when a trusted proxy
 * (TRUST_PROXY) sent them, so a client cannot put another host into our hrefs and Locations.
 */
export function baseUrlOf(request: FastifyRequest): string {
  if (configuredPublicUrl) return configuredPublicUrl;
  return `${request.protocol}://${request.host || 'localhost'}`;
}

/** The absolute base URL (`https://host`) for building `href`s and `Location`s. */
export const BaseUrl = createParamDecorator((_: unknown, context: ExecutionContext) =>
  baseUrlOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
