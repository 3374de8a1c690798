import { Body, Controller, Inject, Param, type PipeTransform, Query, type Type } from '@nestjs/common';
import { ApiQuery, type ApiQueryOptions, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/auth.decorators.js';
import type { Principal } from '../../auth/principal.js';
import { IfMatch } from '../concurrency/if-match.decorator.js';
import { Created, type Versioned } from '../concurrency/versioned.js';
import { ListQueryParams } from '../list/list-query.decorator.js';
import type { ListQuery } from '../list/list-query.js';
import type { ListSpec } from '../list/list-spec.js';
import type { Page } from '../list/page.js';
import { ParseIdPipe } from '../validation/parse-id.pipe.js';
import { createValidationPipe } from '../validation/validation.pipe.js';
import { BaseUrl } from './base-url.js';
import { TmfCreate, TmfDelete, TmfGet, TmfList, TmfPatch, type TmfRouteDocs } from './tmf-routes.js';

/** What a TMF resource's service does for its five routes, whatever its own method signatures. */
export interface TmfOperations<C, U, V extends { href: string } = { href: string }> {
  list(query: ListQuery, principal: Principal, baseUrl: string): Promise<Page<unknown>>;
  get(id: number, principal: Principal, baseUrl: string): Promise<Versioned<unknown>>;
  /** `query`: the create's query parameters, validated, when the spec declares `createQuery`. */
  create(body: C, principal: Principal, baseUrl: string, query?: object): Promise<Versioned<V>>;
  update(id: number, body: U, version: number | undefined, principal: Principal, baseUrl: string): Promise<Versioned<unknown>>;
  delete(id: number, principal: Principal, baseUrl: string): Promise<void>;
}

/** Decorators stating who may call a route: its audience (CustomerOwned, StaffOnly…) and permissions. */
export type Access = MethodDecorator[];

export interface TmfResourceSpec<S, C extends object, U extends object> {
  /** The OpenAPI tag (`TMF632 party`). */
  tag: string;
  /** The TMF resource name (`Individual`): names the controller and so its operation ids (`Individual_list`). */
  resource: string;
  /** For people and error codes of unknown ids (`Billing account` → `BILLING_ACCOUNT_NOT_FOUND`); the resource name by default. */
  label?: string;
  /** Its path below the server root (`/tmf-api/party/v4/individual`). */
  path: string;
  list: ListSpec;
  create: Type<C>;
  /** Query parameters a create takes besides its body (e.g. an override flag): validated by `type`, documented by `docs`. */
  createQuery?: { type: Type<object>; docs: ApiQueryOptions[] };
  update: Type<U>;
  view: Type<unknown>;
  /** The injected service, and how the five routes call it. */
  service: Type<S>;
  operations(service: S): TmfOperations<C, U>;
  access: { read: Access; create: Access; update: Access; delete: Access };
  docs: { list: TmfRouteDocs; get: TmfRouteDocs; create: TmfRouteDocs; update: TmfRouteDocs; delete: TmfRouteDocs };
}

/**
 * The controller of one TMF resource: list, get, create (201 + Location, Idempotency-Key), merge
 * patch (both content types, If-Match) and delete (204), with the TMF conventions and their OpenAPI
 * documentation written once here. Bodies are validated against the DTOs of the spec, so one spec
 * per kind serves resources that share a service (individuals and organizations, the account kinds).
 */
export function tmfResourceController<S, C extends object, U extends object>(spec: TmfResourceSpec<S, C, U>): Type<unknown> {
  const Id = new ParseIdPipe(spec.label ?? spec.resource);
  const { access, docs } = spec;
  // Without a declared create query, its query string is ignored (as it always was).
  const createQuery: PipeTransform = spec.createQuery ? createValidationPipe(spec.createQuery.type) : { transform: () => undefined };

  @ApiTags(spec.tag)
  @Controller(spec.path.slice(1))
  class TmfResourceController {
    private readonly operations: TmfOperations<C, U>;

    constructor(@Inject(spec.service) service: S) {
      this.operations = spec.operations(service);
    }

    @TmfList(spec.list, spec.view, docs.list, ...access.read)
    list(@ListQueryParams(spec.list) query: ListQuery, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.operations.list(query, principal, baseUrl);
    }

    @TmfGet(spec.view, docs.get, ...access.read)
    get(@Param('id', Id) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string) {
      return this.operations.get(id, principal, baseUrl);
    }

    @TmfCreate(spec.create, spec.view, docs.create, ...access.create, ...(spec.createQuery?.docs ?? []).map((query) => ApiQuery(query)))
    async create(
      @Body(createValidationPipe(spec.create)) body: C,
      @CurrentPrincipal() principal: Principal,
      @BaseUrl() baseUrl: string,
      @Query(createQuery) query: object | undefined,
    ) {
      const { body: view, version } = await this.operations.create(body, principal, baseUrl, query);
      return new Created(view, view.href, version);
    }

    @TmfPatch(spec.update, spec.view, docs.update, ...access.update)
    update(
      @Param('id', Id) id: number,
      @Body(createValidationPipe(spec.update)) body: U,
      @IfMatch() version: number | undefined,
      @CurrentPrincipal() principal: Principal,
      @BaseUrl() baseUrl: string,
    ) {
      return this.operations.update(id, body, version, principal, baseUrl);
    }

    @TmfDelete(docs.delete, ...access.delete)
    async delete(@Param('id', Id) id: number, @CurrentPrincipal() principal: Principal, @BaseUrl() baseUrl: string): Promise<void> {
      await this.operations.delete(id, principal, baseUrl);
    }
  }
  Object.defineProperty(TmfResourceController, 'name', { value: `${spec.resource}Controller` });
  return TmfResourceController;
}
