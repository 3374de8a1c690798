import { Injectable } from '@nestjs/common';
import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  forbidden,
  type ListQuery,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  Versioned,
} from '@contactly/platform';
import { assertImmutable } from '../../party/party-rules.js';
import { AccountRepository } from '../account.repository.js';
import type { BillReferenceKind, CatalogueView } from './bill-reference-kinds.js';
import type { BillReferenceInput } from './bill-reference-values.js';
import type { BillReference } from './bill-reference.entity.js';
import { BillReferenceRepository } from './bill-reference.repository.js';

/** A merge patch may repeat the id and href, which must not change. */
export type BillReferencePatch = BillReferenceInput & { id?: string; href?: string };

/**
 * The TMF666 bill reference catalogues (formats, presentation media, cycle specifications). They
 * are the operator's: anyone who reads customers reads them, only staff change them.
 */
@Injectable()
export class BillReferenceService {
  constructor(
    private readonly catalogues: BillReferenceRepository,
    private readonly accounts: AccountRepository,
    private readonly db: Database,
    private readonly changes: ChangeRecorder,
    private readonly clock: Clock,
  ) {}

  async list(kind: BillReferenceKind, query: ListQuery, baseUrl: string): Promise<Page<CatalogueView>> {
    const page = await this.catalogues.list(kind.entity, query, kind.list);
    return new Page(
      page.items.map((row) => kind.toView(row, baseUrl)),
      page.total,
      page.fields,
    );
  }

  async get(kind: BillReferenceKind, id: number, baseUrl: string): Promise<Versioned<CatalogueView>> {
    const row = await this.load(kind, id);
    return new Versioned(kind.toView(row, baseUrl), row.version);
  }

  async create(
    kind: BillReferenceKind,
    input: BillReferenceInput,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<CatalogueView>> {
    assertStaff(principal, kind);
    return this.db.transaction(async () => {
      const now = this.clock.now();
      const row = await this.catalogues.insert(kind.entity, { ...kind.valuesOf(input), createdAt: now, updatedAt: now });
      const view = kind.toView(row, baseUrl);
      await this.changes.record({
        resource: kind.resource,
        resourceType: kind.type,
        resourceId: row.id,
        actor: principal,
        before: null,
        after: view,
      });
      return new Versioned(view, row.version);
    });
  }

  async update(
    kind: BillReferenceKind,
    id: number,
    patch: BillReferencePatch,
    expectedVersion: number | undefined,
    principal: Principal,
    baseUrl: string,
  ): Promise<Versioned<CatalogueView>> {
    assertStaff(principal, kind);
    const what = `${kind.label} ${id}`;
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const row = await this.load(kind, id);
          const before = kind.toView(row, baseUrl);
          assertImmutable({ id: patch.id, href: patch.href }, { ...before, relatedParty: [] });
          assertVersion(expectedVersion, row.version, what);
          const updated = await this.catalogues.update(kind.entity, row, { ...kind.valuesOf(patch, row), updatedAt: this.clock.now() });
          const after = kind.toView(updated, baseUrl);
          await this.changes.record({ resource: kind.resource, resourceType: kind.type, resourceId: id, actor: principal, before, after });
          return new Versioned(after, updated.version);
        }),
      expectedVersion,
      what,
    );
  }

  async delete(kind: BillReferenceKind, id: number, principal: Principal, baseUrl: string): Promise<void> {
    assertStaff(principal, kind);
    await this.db.transaction(async () => {
      const row = await this.load(kind, id);
      const users = await this.accounts.countReferencing(kind.type, id);
      if (users > 0)
        throw conflict(kind.codes.inUse, `${kind.label} ${id} is used by ${users} account(s): change their bill structure first`);
      await this.catalogues.delete(kind.entity, id);
      await this.changes.record({
        resource: kind.resource,
        resourceType: kind.type,
        resourceId: id,
        actor: principal,
        before: kind.toView(row, baseUrl),
        after: null,
      });
    });
  }

  private async load(kind: BillReferenceKind, id: number): Promise<BillReference> {
    const row = await this.catalogues.findById(kind.entity, id);
    if (!row) throw notFound(kind.codes.notFound, `${kind.label} ${id} does not exist`);
    return row;
  }
}

/** The catalogues are operator-wide: an affiliate's `customers:write` does not reach them. */
function assertStaff(principal: Principal, kind: BillReferenceKind): void {
  if (principal.kind !== 'staff')
    throw forbidden(PLATFORM_ERRORS.PERMISSION_DENIED, `Only staff change the ${kind.label.toLowerCase()} catalogue`);
}
