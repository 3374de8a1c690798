import type { FastifyInstance } from 'fastify';
import type { CaseStore } from '../case-store.js';
import type { FaultInjector } from '../faults.js';
import { writeTime } from '../write-time.js';
import { type BananaCase, type BananaCaseInput, CHANGE_BANANA_CASE_SCHEMA, CREATE_BANANA_CASE_SCHEMA } from './banana-case.js';
import { requireBananaKey } from './banana.auth.js';
import { bananaErrorBody } from './banana.errors.js';

const MAX_PAGE_SIZE = 500;

interface ListQuery {
  page: number;
  pageSize: number;
  updatedSince?: number;
}

const LIST_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 },
    updatedSince: { type: 'integer', minimum: 0 },
  },
} as const;

const CASE_ID_PARAMS = { type: 'object', properties: { case_id: { type: 'string' } }, required: ['case_id'] } as const;

export interface BananaApi {
  store: CaseStore<BananaCase>;
  nextCaseId: () => string;
}

/** Banana's case API: page/pageSize paging, writes that move a case to the end of the listing. */
export function bananaRoutes(app: FastifyInstance, faults: FaultInjector, { store, nextCaseId }: BananaApi): void {
  app.addHook('onRequest', requireBananaKey);

  app.get<{ Querystring: ListQuery }>('/api/cases', { schema: { querystring: LIST_QUERY_SCHEMA } }, async (request) => {
    const { page, pageSize, updatedSince } = request.query;
    const found = store.pageByOffset({
      updatedSinceMs: updatedSince,
      offset: (page - 1) * pageSize,
      limit: pageSize,
      repeatPrevious: faults.duplicateAcrossPages,
    });
    return {
      page,
      page_size: pageSize,
      total: found.total,
      cases: faults.degrade(found.records, { provider: 'vendor', errorCode: 'err_code' }),
    };
  });

  app.post<{ Body: BananaCaseInput }>('/api/cases', { schema: { body: CREATE_BANANA_CASE_SCHEMA } }, async (request, reply) => {
    const { vendor, err_code, state, title, details = '', customer_ref = null } = request.body;
    const now = writeTime();
    const created: BananaCase = {
      case_id: nextCaseId(),
      vendor: { name: vendor.name, region: vendor.region ?? '' },
      err_code,
      state,
      title,
      details,
      customer_ref,
      created_ms: now,
      updated_ms: now,
    };
    store.add(created);
    return reply.code(201).send(created);
  });

  app.patch<{ Params: { case_id: string }; Body: Partial<BananaCaseInput> }>(
    '/api/cases/:case_id',
    { schema: { params: CASE_ID_PARAMS, body: CHANGE_BANANA_CASE_SCHEMA } },
    async (request, reply) => {
      const { vendor, ...rest } = request.body;
      const changed = store.change(request.params.case_id, (current) => ({
        ...current,
        ...rest,
        vendor: vendor ? { ...current.vendor, ...vendor } : current.vendor,
        updated_ms: writeTime(current.updated_ms),
      }));
      return changed ?? reply.code(404).send(bananaErrorBody(404, `no case ${request.params.case_id}`));
    },
  );

  app.delete<{ Params: { case_id: string } }>('/api/cases/:case_id', { schema: { params: CASE_ID_PARAMS } }, async (request, reply) =>
    store.delete(request.params.case_id)
      ? reply.code(204).send()
      : reply.code(404).send(bananaErrorBody(404, `no case ${request.params.case_id}`)),
  );
}
