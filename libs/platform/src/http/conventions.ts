import type { FastifyInstance, FastifyReply } from 'fastify';
import { Created, etagOf, Versioned } from './concurrency/versioned.js';
import { Page, selectFields } from './list/page.js';

/**
 * Turns the result types of controllers into the HTTP conventions: a Page into its items plus
 * `X-Total-Count`/`X-Result-Count` (with `fields` applied), a Versioned into an ETag, a Created into
 * 201 + `Location`. Controllers stay one call to a service.
 *
 * A Fastify `preSerialization` hook rather than a global Nest interceptor: an interceptor wraps
 * every request in RxJS observables and async scopes (allocations and CPU on every call) to do
 * what this hook does on the value about to be sent.
 */
export function installConventions(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (_request, reply, payload, done) => {
    done(null, applyConventions(payload, reply));
  });
}

export function applyConventions(result: unknown, reply: FastifyReply): unknown {
  if (result instanceof Page) {
    reply.header('X-Total-Count', String(result.total));
    reply.header('X-Result-Count', String(result.items.length));
    return result.fields ? result.items.map((item) => selectFields(item as object, result.fields)) : result.items;
  }
  if (result instanceof Versioned) {
    reply.header('ETag', etagOf(result.version));
    return result.body;
  }
  if (result instanceof Created) {
    reply.status(201).header('Location', result.location);
    if (result.version !== undefined) reply.header('ETag', etagOf(result.version));
    return result.body;
  }
  return result;
}
