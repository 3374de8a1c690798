import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { preconditionFailed } from '../errors/domain-error.js';
import { PLATFORM_ERRORS } from '../errors/platform-errors.js';

/**
 * The version a write expects, from `If-Match` (`"3"` or `W/"3"`); undefined when absent or `*`.
 * A value that cannot be one of our ETags can never match: 412.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw preconditionFailed(PLATFORM_ERRORS.PRECONDITION_FAILED, 'If-Match does not name a version of this resource');
  return Number(match[1]);
}

export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'] as string | undefined),
);

export const ApiIfMatch = () =>
  ApiHeader({ name: 'If-Match', required: false, description: 'The ETag you read; a stale one gets 412 and changes nothing' });
