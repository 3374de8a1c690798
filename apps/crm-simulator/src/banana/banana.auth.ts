import type { FastifyReply, FastifyRequest } from 'fastify';
import { bananaErrorBody } from './banana.errors.js';

export const BANANA_API_KEY = 'banana-secret';

/** Banana authenticates with a static key header. */
export async function requireBananaKey(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (request.headers['x-banana-key'] === BANANA_API_KEY) return undefined;
  return reply.code(401).send(bananaErrorBody(401, 'unauthorized'));
}
