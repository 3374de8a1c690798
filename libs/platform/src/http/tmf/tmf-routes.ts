import { applyDecorators, Delete, Get, HttpCode, Patch, Post, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  type ApiResponseOptions,
} from '@nestjs/swagger';
import type { ExamplesObject } from '@nestjs/swagger';
import { ApiIfMatch } from '../concurrency/if-match.decorator.js';
import { ApiErrors } from '../errors/api-errors.decorator.js';
import { Idempotent } from '../idempotency/idempotent.interceptor.js';
import { ApiList } from '../list/list-query.decorator.js';
import type { ListSpec } from '../list/list-spec.js';
import { PATCH_CONTENT_TYPES } from './tmf-resource.js';

/** What the OpenAPI document says of one route beyond the conventions (of TMF resources and the `/api/v1` resources that follow them). */
export interface TmfRouteDocs {
  summary: string;
  /**
   * The path parameter naming the record of a get, patch or delete: `id` by default. A resource
   * named by id or name (`/api/v1/companies/{company}`) names its own and documents it with an
   * `ApiParam` among the route's decorators.
   */
  param?: string;
  description?: string;
  /** Error statuses besides those of the convention (400 for bodies and queries, 404 for ids, 412 for If-Match). */
  errors?: number[];
  /** What a create's 201 says: `Location` is its href by default (a resource without an href says what it is). */
  created?: string;
  /** Example bodies, for routes that take one. */
  examples?: ExamplesObject;
}

const errorsOf = (conventional: number[], docs: TmfRouteDocs) =>
  ApiErrors(...[...new Set([...conventional, ...(docs.errors ?? [])])].sort((a, b) => a - b));
const record = (docs: TmfRouteDocs) => `:${docs.param ?? 'id'}`;
const operation = (docs: TmfRouteDocs) =>
  ApiOperation({ summary: docs.summary, ...(docs.description ? { description: docs.description } : {}) });

/**
 * A merge patch's documentation, for TMF and `/api/v1` routes alike: both content types
 * (`application/json`, `application/merge-patch+json`), the body, `If-Match` and the answer.
 */
export function ApiMergePatch(body: Type<unknown>, answer: Type<unknown> | ApiResponseOptions, examples?: ExamplesObject) {
  return applyDecorators(
    ApiConsumes(...PATCH_CONTENT_TYPES),
    ApiBody({ type: body, ...(examples ? { examples } : {}) }),
    ApiIfMatch(),
    ApiOkResponse(typeof answer === 'function' ? { type: answer } : answer),
  );
}

/** `GET /` of a TMF resource: one page, with paging, fields, filters, sort and the count headers. */
export const TmfList = (spec: ListSpec, view: Type<unknown>, docs: TmfRouteDocs, ...access: MethodDecorator[]) =>
  applyDecorators(Get(), ...access, operation(docs), ApiList(spec, view), errorsOf([400], docs));

/** `GET /{id}`: the resource with its ETag; an unknown id of any form is 404. */
export const TmfGet = (view: Type<unknown>, docs: TmfRouteDocs, ...access: MethodDecorator[]) =>
  applyDecorators(Get(record(docs)), ...access, operation(docs), ApiOkResponse({ type: view }), errorsOf([404], docs));

/** `POST /`: 201 with the resource, `Location` = its href; an Idempotency-Key replays the first answer. */
export const TmfCreate = (body: Type<unknown>, view: Type<unknown>, docs: TmfRouteDocs, ...access: MethodDecorator[]) =>
  applyDecorators(
    Post(),
    // Before the errors: documented after them, its 422 would drop the error schema of the route's own 422.
    Idempotent(),
    ...access,
    operation(docs),
    ApiBody({ type: body, ...(docs.examples ? { examples: docs.examples } : {}) }),
    ApiCreatedResponse({ type: view, description: docs.created ?? 'Created; `Location` is its href' }),
    errorsOf([400], docs),
  );

/** `PATCH /{id}`: a merge patch in either content type, checked against `If-Match` (412 when stale). */
export const TmfPatch = (body: Type<unknown>, view: Type<unknown>, docs: TmfRouteDocs, ...access: MethodDecorator[]) =>
  applyDecorators(
    Patch(record(docs)),
    ...access,
    operation(docs),
    ApiMergePatch(body, view, docs.examples),
    errorsOf([400, 404, 412], docs),
  );

/** `DELETE /{id}`: 204. */
export const TmfDelete = (docs: TmfRouteDocs, ...access: MethodDecorator[]) =>
  applyDecorators(
    Delete(record(docs)),
    HttpCode(204),
    ...access,
    operation(docs),
    ApiNoContentResponse({ description: 'Deleted' }),
    errorsOf([404], docs),
  );
