import { JSON_BODY_MUTATIONS, jsonBodyMutations, unexpectedBody } from './body-mutations.js';
import { MULTIPART_MUTATIONS } from './multipart-mutations.js';
import type { FuzzOperation } from './openapi.js';
import { headerMutations, pathMutations, QUERY_MUTATIONS, queryMutations } from './param-mutations.js';
import { baselineOf, type PlanContext, type PlannedRequest, withShape } from './request-shape.js';

/**
 * How much of the catalogue each operation gets. Every operation gets its valid request and every
 * body mutation kind; path, query and header mutations are sampled (the seed picks which), so a
 * run stays at a few thousand requests and another seed explores other values.
 */
export const BUDGET = {
  pathIds: 6,
  queryKinds: 5,
  /** One operation in this many also gets the Authorization header twice. */
  duplicateAuthorizationEvery: 3,
};

/** Writes in the order that keeps records alive longest: reads first, deletes last. */
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export const byMethodOrder = (a: FuzzOperation, b: FuzzOperation) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);

/** The seeding request of an operation: its valid request as the admin (answers tell which records exist). */
export function seedRequest(operation: FuzzOperation, ctx: PlanContext): PlannedRequest {
  return { operation, mutation: 'valid (seeding)', shape: baselineOf(operation, ctx).shape, principals: ['admin'] };
}

/** Every request the fuzz sends to one operation (each to each of its principals). */
export function planOperation(operation: FuzzOperation, index: number, ctx: PlanContext, bodyLimitBytes: number): PlannedRequest[] {
  const baseline = baselineOf(operation, ctx);
  const both: PlannedRequest['principals'] = ['admin', 'anonymous'];
  const requests: PlannedRequest[] = [{ operation, mutation: 'valid', shape: baseline.shape, principals: both }];

  requests.push(...pathMutations(operation, baseline, ctx, BUDGET.pathIds, index * BUDGET.pathIds));

  requests.push(
    ...queryMutations(operation, baseline, ctx, [
      ...ctx.rng.sample(Object.keys(QUERY_MUTATIONS), BUDGET.queryKinds),
      'unknown',
      'oversized-url',
    ]),
  );

  requests.push(...headerMutations(operation, baseline, ctx, index % BUDGET.duplicateAuthorizationEvery === 0));

  if (baseline.json && operation.body) {
    for (const m of jsonBodyMutations(ctx, baseline, operation.body.mediaTypes, bodyLimitBytes, Object.keys(JSON_BODY_MUTATIONS))) {
      requests.push({
        operation,
        mutation: m.mutation,
        shape: withShape(baseline.shape, { body: m.body }),
        principals: both,
        expectStatus: m.expectStatus,
      });
    }
  } else if (baseline.multipart) {
    for (const make of Object.values(MULTIPART_MUTATIONS)) {
      const m = make(ctx, baseline.multipart);
      if (m) requests.push({ operation, mutation: m.mutation, shape: withShape(baseline.shape, { body: m.body }), principals: both });
    }
  } else {
    const m = unexpectedBody(ctx);
    requests.push({ operation, mutation: m.mutation, shape: withShape(baseline.shape, { body: m.body }), principals: both });
  }
  return requests;
}
