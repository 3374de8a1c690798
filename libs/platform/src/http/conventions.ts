import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerConditionally } from './concurrency/conditional-read.js';
import { Created, etagOf, Versioned } from './concurrency/versioned.js';
import { Page, selectFields } from './list/page.js';

/**
 * Turns the result types of controllers into the HTTP conventions: a Page into its items plus
 * `X-Total-Count`/`X-Result-Count` (with `fields` applied), a Versioned into an ETag, a Created into
 * 201 + `Location`. Controllers stay one call to a service. A Versioned with `lastModified` and a
 * Page with `lastModified` are conditional reads (Last-Modified, 304).
 *
 * A Fastify `preSerialization` hook rather than a global Nest interceptor: an interceptor wraps
 * every request in RxJS observables and async scopes (allocations and CPU on every call) to do
 * what this hook does on the value about to be sent.
 */
export function installConventions(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    done(null, applyConventions(payload, reply, request));
  });
}

/** A strong entity tag of a list as sent: its items and total (a page of a changed list differs). */
const listEtag = (items: unknown[], total: number) =>
  `"${createHash('sha256').update(JSON.stringify(items)).update(`|${total}`).digest('base64url').slice(0, 32)}"`;

export function applyConventions(result: unknown, reply: FastifyReply, request?: FastifyRequest): unknown {
  if (result instanceof Page) {
    reply.header('X-Total-Count', String(result.total));
    reply.header('X-Result-Count', String(result.items.length));
    const items = result.fields ? result.items.map((item) => selectFields(item as object, result.fields)) : result.items;
    if (request && result.lastModified !== undefined) {
      const validators = { etag: listEtag(items, result.total), lastModified: result.lastModified };
      if (answerConditionally(request, reply, validators)) return null;
    }
    return items;
  }
  if (result instanceof Versioned) {
    const etag = etagOf(result.version);
    if (request && result.lastModified) {
      if (answerConditionally(request, reply, { etag, lastModified: result.lastModified })) return null;
      return result.body;
    }
    reply.header('ETag', etag);
    return result.body;
  }
  if (result instanceof Created) {
    reply.status(201).header('Location', result.location);
    if (result.version !== undefined) reply.header('ETag', etagOf(result.version));
    return result.body;
  }
  return result;
}
