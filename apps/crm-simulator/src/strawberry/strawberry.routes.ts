import type { FastifyInstance } from 'fastify';
import type { CaseStore } from '../case-store.js';
import type { FaultInjector } from '../faults.js';
import { writeTime } from '../write-time.js';
import { providerIdFor } from './strawberry-ticket.mapper.js';
import {
  CHANGE_STRAWBERRY_TICKET_SCHEMA,
  CREATE_STRAWBERRY_TICKET_SCHEMA,
  type StrawberryTicket,
  type StrawberryTicketInput,
} from './strawberry-ticket.js';
import { requireStrawberryToken } from './strawberry.auth.js';
import { decodeCursor, encodeCursor } from './strawberry.cursor.js';
import { strawberryErrorBody } from './strawberry.errors.js';

const MAX_LIMIT = 200;

interface ListQuery {
  limit: number;
  cursor?: string;
  updatedSince?: string;
}

const LIST_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 100 },
    cursor: { type: 'string', minLength: 1 },
    updatedSince: { type: 'string', format: 'date-time' },
  },
} as const;

const ID_PARAMS = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } as const;

export interface StrawberryApi {
  store: CaseStore<StrawberryTicket>;
  nextTicketId: () => string;
}

/** Strawberry's ticket API: cursor paging, writes that move a ticket behind every issued cursor. */
export function strawberryRoutes(app: FastifyInstance, faults: FaultInjector, { store, nextTicketId }: StrawberryApi): void {
  app.addHook('onRequest', requireStrawberryToken);

  app.get<{ Querystring: ListQuery }>('/v2/tickets', { schema: { querystring: LIST_QUERY_SCHEMA } }, async (request, reply) => {
    const { limit, cursor, updatedSince } = request.query;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) return reply.code(400).send(strawberryErrorBody(400, 'cursor is not one this API issued'));
    const found = store.pageAfter({
      updatedSinceMs: updatedSince === undefined ? undefined : Date.parse(updatedSince),
      after,
      limit,
      repeatPrevious: faults.duplicateAcrossPages,
    });
    return {
      data: faults.degrade(found.records, { provider: 'provider', errorCode: 'errorCode' }),
      nextCursor: found.hasMore && found.last ? encodeCursor(found.last) : null,
    };
  });

  app.post<{ Body: StrawberryTicketInput }>(
    '/v2/tickets',
    { schema: { body: CREATE_STRAWBERRY_TICKET_SCHEMA } },
    async (request, reply) => {
      const { provider, errorCode, status = 'open', subject, body = '', customer = null } = request.body;
      const now = new Date(writeTime()).toISOString();
      const created: StrawberryTicket = {
        id: nextTicketId(),
        provider: { id: provider.id ?? providerIdFor(provider.displayName), displayName: provider.displayName },
        errorCode,
        status,
        subject,
        body,
        customer,
        createdAt: now,
        updatedAt: now,
      };
      store.add(created);
      return reply.code(201).send(created);
    },
  );

  app.patch<{ Params: { id: string }; Body: Partial<StrawberryTicketInput> }>(
    '/v2/tickets/:id',
    { schema: { params: ID_PARAMS, body: CHANGE_STRAWBERRY_TICKET_SCHEMA } },
    async (request, reply) => {
      const { provider, ...rest } = request.body;
      const changed = store.change(request.params.id, (current) => ({
        ...current,
        ...rest,
        provider: provider
          ? { id: provider.id ?? providerIdFor(provider.displayName), displayName: provider.displayName }
          : current.provider,
        updatedAt: new Date(writeTime(Date.parse(current.updatedAt))).toISOString(),
      }));
      return changed ?? reply.code(404).send(strawberryErrorBody(404, `no ticket ${request.params.id}`));
    },
  );

  app.delete<{ Params: { id: string } }>('/v2/tickets/:id', { schema: { params: ID_PARAMS } }, async (request, reply) =>
    store.delete(request.params.id)
      ? reply.code(204).send()
      : reply.code(404).send(strawberryErrorBody(404, `no ticket ${request.params.id}`)),
  );
}
