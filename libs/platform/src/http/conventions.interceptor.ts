import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { Created, etagOf, Versioned } from './concurrency/versioned.js';
import { Page, selectFields } from './list/page.js';

/**
 * Turns the result types of controllers into the HTTP conventions: a Page into its items plus
 * `X-Total-Count`/`X-Result-Count` (with `fields` applied), a Versioned into an ETag, a Created into
 * 201 + `Location`. Controllers stay one call to a service.
 */
@Injectable()
export class ConventionsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(map((result) => applyConventions(result, reply)));
  }
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
