import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * One request id for Fastify, the logs and the response: a sane incoming `X-Request-Id` is kept
 * (so a gateway's id follows the request), anything else is replaced by a UUID. It is written back
 * onto the raw request so the HTTP logger reads the same id.
 */
export function assignRequestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
  request.headers['x-request-id'] = id;
  return id;
}
