import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

let configuredPublicUrl: string | undefined;

/** Set once at start from PUBLIC_URL; otherwise hrefs follow the request's own host. */
export function setPublicUrl(url: string | undefined): void {
  configuredPublicUrl = url;
}

export function baseUrlOf(request: FastifyRequest): string {
  if (configuredPublicUrl) return configuredPublicUrl;
  const host = request.headers['x-forwarded-host'] ?? request.host ?? 'localhost';
  return `${request.protocol}://${String(host).split(',')[0].trim()}`;
}

/** The absolute base URL (`https://host`) for building `href`s and `Location`s. */
export const BaseUrl = createParamDecorator((_: unknown, context: ExecutionContext) => baseUrlOf(context.switchToHttp().getRequest<FastifyRequest>()));
