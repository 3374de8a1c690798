import { Body, Controller, Inject, Param, type Type } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  BaseUrl,
  Created,
  createValidationPipe,
  CurrentPrincipal,
  IfMatch,
  type ListQuery,
  ListQueryParams,
  type ListSpec,
  type Page,
  type Principal,
  RequirePermissions,
  StaffOnly,
  TmfCreate,
  TmfDelete,
  TmfGet,
  TmfList,
  TmfPatch,
  type TmfRouteDocs,
  type Versioned,
} from '@contactly/platform';
import { Localised } from '../language/request-language.js';
import { ApiIdOrName } from './api.js';

/** What the common endpoints ask of a catalog's service (a NamedRowService gives get and delete). */
export interface CatalogOperations<V, U> {
  list(query: ListQuery): Promise<Page<V>>;
  get(idOrName: string): Promise<Versioned<V>>;
  update(idOrName: string, input: U, expectedVersion: number | undefined, actor: Principal): Promise<Versioned<V>>;
  delete(idOrName: string, actor: Principal): Promise<void>;
}

interface Creates<C, V> {
  create(input: C, actor: Principal): Promise<Versioned<V>>;
}

type CreateCall<S, C, V> = (service: S, input: C, actor: Principal) => Promise<Versioned<V>>;

/** A service without `create` says how a POST of the catalog creates (documents: `createText`). */
type CreateWith<S, C, V> = S extends Creates<C, V> ? { createWith?: undefined } : { createWith: CreateCall<S, C, V> };

/** One catalog's REST resource: what tells it apart from the others. */
export type Catalog<S extends CatalogOperations<V, U>, V, C extends object, U extends object> = CatalogResource<S, V, C, U> &
  CreateWith<S, C, V>;

interface CatalogResource<S, V, C, U> {
  /** `CommunicationType`: names the controller, so operation ids read `CommunicationType_list`. */
  resource: string;
  path: string;
  tag: string;
  service: Type<S>;
  /** For summaries and the path parameter: `communication type`, `communication types`. */
  one: string;
  many: string;
  /** The path parameter naming a record by id or by name, with an example id. */
  param: string;
  example: number;
  list: ListSpec;
  view: Type<V>;
  create: Type<C>;
  update: Type<U>;
  /** The id the `Location` of a created record ends with. */
  idOf: (view: V) => number;
  docs: {
    list?: string;
    /** Default: «Add a {one}», names unique ignoring case. */
    create?: { summary: string; description: string };
    update?: string;
    /** What refuses a delete. */
    delete: string;
  };
  /** Default 404; the type catalogs also document 409 (a name several records share). */
  getErrors?: number[];
}

/** The class a catalog's own endpoints extend; `service` is the catalog's service. */
export type CatalogControllerBase<S> = new (service: S) => { readonly service: S };

/**
 * Adds a catalog's own endpoints to the common ones (a mixin), given the catalog's path parameter
 * documented. Their dependencies beyond the service are injected as properties
 * (`@Inject(X) private readonly x: X`): a mixin has no constructor of its own to declare them in.
 */
export type OwnEndpoints<S> = (base: CatalogControllerBase<S>, ApiRecordParam: ReturnType<typeof ApiIdOrName>) => CatalogControllerBase<S>;

/**
 * The endpoints of a catalog of named, versioned records: list, get by id or name, add, change
 * (merge patch, If-Match) and delete, each with its permission. They are declared with platform's
 * resource routes (TmfList…TmfDelete), so they follow the conventions and OpenAPI of every other
 * resource; only their path parameter takes an id or a name. A catalog with more endpoints passes
 * them as `reads` (declared right after get) and `actions` (after delete): the order endpoints are
 * declared in decides where openapi.json first lists each schema.
 */
export function catalogControllerFor<S extends CatalogOperations<V, U>, V, C extends object, U extends object>(
  catalog: Catalog<S, V, C, U>,
  own: { reads?: OwnEndpoints<S>; actions?: OwnEndpoints<S> } = {},
): Type<unknown> {
  const RECORD = ApiIdOrName(catalog.param, catalog.example, catalog.one);
  const { param } = catalog;
  // CreateWith makes sure a service without `create` comes with `createWith`.
  const create: CreateCall<S, C, V> =
    catalog.createWith ?? ((service, input, actor) => (service as S & Creates<C, V>).create(input, actor));
  const READ = [StaffOnly(), RequirePermissions('communications:read')];
  const ADMIN = [StaffOnly(), RequirePermissions('communications:admin')];
  // The records of a catalog have no href: `Location` is their /api/v1 address.
  const createDocs: TmfRouteDocs = {
    ...(catalog.docs.create ?? { summary: `Add a ${catalog.one}`, description: 'Names are unique ignoring case (409).' }),
    errors: [409],
    created: 'Created; `Location` is its address',
  };

  class WithService {
    constructor(@Inject(catalog.service) readonly service: S) {}
  }
  const WithActions: CatalogControllerBase<S> = own.actions?.(WithService, RECORD) ?? WithService;

  class CatalogWrites extends WithActions {
    @TmfCreate(catalog.create, catalog.view, createDocs, ...ADMIN)
    async create(@Body(createValidationPipe(catalog.create)) body: C, @CurrentPrincipal() actor: Principal, @BaseUrl() baseUrl: string) {
      const { body: view, version } = await create(this.service, body, actor);
      return new Created(view, `${baseUrl}/${catalog.path}/${catalog.idOf(view)}`, version);
    }

    @TmfPatch(
      catalog.update,
      catalog.view,
      { summary: `Change a ${catalog.one} (merge patch)`, description: catalog.docs.update, errors: [409], param },
      ...ADMIN,
      RECORD,
    )
    update(
      @Param(param) idOrName: string,
      @Body(createValidationPipe(catalog.update)) body: U,
      @IfMatch() version: number | undefined,
      @CurrentPrincipal() actor: Principal,
    ) {
      return this.service.update(idOrName, body, version, actor);
    }

    @TmfDelete({ summary: `Delete a ${catalog.one}`, description: catalog.docs.delete, errors: [409], param }, ...ADMIN, RECORD)
    async delete(@Param(param) idOrName: string, @CurrentPrincipal() actor: Principal): Promise<void> {
      await this.service.delete(idOrName, actor);
    }
  }

  const WithReads: CatalogControllerBase<S> = own.reads?.(CatalogWrites, RECORD) ?? CatalogWrites;

  @ApiTags(catalog.tag)
  @Localised()
  @Controller(catalog.path)
  class CatalogController extends WithReads {
    @TmfList(catalog.list, catalog.view, { summary: `List ${catalog.many}`, description: catalog.docs.list }, ...READ)
    list(@ListQueryParams(catalog.list) query: ListQuery) {
      return this.service.list(query);
    }

    @TmfGet(catalog.view, { summary: `Get a ${catalog.one} by id or by name`, errors: catalog.getErrors, param }, ...READ, RECORD)
    get(@Param(param) idOrName: string) {
      return this.service.get(idOrName);
    }
  }
  Object.defineProperty(CatalogController, 'name', { value: `${catalog.resource}Controller` });
  return CatalogController;
}
