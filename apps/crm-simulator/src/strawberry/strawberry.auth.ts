import type { FastifyReply, FastifyRequest } from 'fastify';
import { strawberryErrorBody } from './strawberry.errors.js';

export const STRAWBERRY_TOKEN = 'strawberry-token';

/** Strawberry wants a bearer token. */
export async function requireStrawberryToken(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (request.headers.authorization === `Bearer ${STRAWBERRY_TOKEN}`) return undefined;
  return reply.code(401).send(strawberryErrorBody(401, 'missing or invalid bearer token'));
}
