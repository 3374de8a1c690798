import {
  assertVersion,
  type FieldProblem,
  invalid,
  type ListQuery,
  type ListSpec,
  mergeTimePeriod,
  notFound,
  Page,
  PLATFORM_ERRORS,
  type Principal,
  type Reference,
  retryOnVersionConflict,
  type StateMachine,
  Versioned,
} from '@contactly/platform';
import { CATALOG_ERRORS } from '../catalog-errors.js';
import type { CatalogEntityColumns } from './catalog-columns.js';
import type { CatalogEntryCreateFields, CatalogEntryPatchFields, CatalogEntryView } from './catalog-entry.dto.js';
import type { CatalogEntity } from './catalog-entry.repository.js';
import type { CatalogKit } from './catalog-kit.js';
import { assertInitialLifecycleStatus, type LifecycleChecks } from './catalog-lifecycle.js';
import type { LifecycleStatus } from './lifecycle-status.js';

/** What one kind of catalog entry is: its TMF names, table, list and lifecycle process. */
export interface CatalogKind<E extends CatalogEntityColumns> {
  /** TMF resource name of its events (`ProductOffering` → `ProductOfferingCreateEvent`). */
  resource: string;
  /** Resource type of its events, audit, history and ReferenceHolders (`productOffering`). */
  type: string;
  /** For people (`Product offering`). */
  label: string;
  path: string;
  entity: CatalogEntity<E>;
  list: ListSpec;
  notFound: string;
  process: StateMachine<LifecycleStatus, LifecycleChecks>;
}

/** The links a write of an entry will make (prices of an offering, offerings of a category…). */
export interface LinkPlan {
  /** Whether they differ from the stored ones: the entry then gets a new version. */
  changed: boolean;
  /** Writes them, after the entry's row was written (and so locked). */
  apply(): Promise<void>;
}

export const NO_LINKS: LinkPlan = { changed: false, apply: () => Promise.resolve() };

/** Why a delete or retire looks for what uses an entry. */
export type UsePurpose = 'delete' | 'retire';

/** A merge patch keeps what it does not mention (undefined) and clears what it sends as null. */
export const patched = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : value);

/** Whether a list asked (with `fields`) for this attribute: links nobody asked for are not read. */
export const wants = (fields: string[] | null, attribute: string) => !fields || fields.includes(attribute);

/**
 * The five TMF routes of one kind of catalog entry, written once: every write in a transaction
 * with its event and audit entry (ChangeRecorder, state attribute `lifecycleStatus`), lifecycle
 * moves checked by the kind's declared process (and recorded in the history), If-Match, and
 * deletes and retirements refused while something uses the entry (the catalog's own links and
 * what higher libs register with ReferenceHolders). Each kind says what is its own: its columns,
 * its links, its views and what uses it.
 */
export abstract class CatalogEntryService<
  E extends CatalogEntityColumns,
  V extends CatalogEntryView,
  C extends CatalogEntryCreateFields,
  U extends CatalogEntryPatchFields,
  P extends LinkPlan = LinkPlan,
> {
  protected constructor(
    protected readonly kit: CatalogKit,
    readonly kind: CatalogKind<E>,
  ) {}

  /** The kind's own columns from a create (`current` null) or a merge patch; bad values are 400, missing references 422. */
  protected abstract valuesOf(input: C | U, current: E | null): Promise<Partial<E>>;

  /** The views of these rows, reading their links in one query a kind of link; `fields` leaves out what was not asked for. */
  protected abstract toViews(rows: E[], baseUrl: string, fields: string[] | null): Promise<V[]>;

  /** The links the input asks for; none by default. */
  protected planLinks(_id: number, _input: C | U, _fresh: boolean): Promise<P> {
    return Promise.resolve(NO_LINKS as P);
  }

  /** What of the catalog itself uses the entry (an offering's price, a bundle's member). */
  protected usedBy(_id: number, _purpose: UsePurpose): Promise<Reference[]> {
    return Promise.resolve([]);
  }

  /** Refuses a launch (or a launched entry's new links) when what it needs is not sellable. */
  protected beforeLaunch(_row: E, _plan: P): Promise<void> {
    return Promise.resolve();
  }

  /** Removes the entry's own link rows before it goes. */
  protected removeLinks(_id: number): Promise<void> {
    return Promise.resolve();
  }

  async list(query: ListQuery, baseUrl: string): Promise<Page<V>> {
    const { rows, total } = await this.kit.entries.list(this.kind.entity, query, this.kind.list);
    // A conditional list by its ETag only: the newest change time of the rows it shows says nothing of a row
    // that left it (retired out of a filter, deleted), so a Last-Modified would let a shop keep a stale list.
    return new Page(await this.toViews(rows, baseUrl, query.fields), total, query.fields, null);
  }

  async get(id: number, baseUrl: string): Promise<Versioned<V>> {
    const row = await this.load(id);
    return new Versioned(await this.viewOf(row, baseUrl), row.version, row.updatedAt);
  }

  async create(input: C, principal: Principal, baseUrl: string): Promise<Versioned<V>> {
    const status = input.lifecycleStatus ?? 'inStudy';
    assertInitialLifecycleStatus(status);
    return this.kit.db.transaction(async () => {
      const now = this.kit.clock.now();
      const values = { ...this.commonValues(input, null), ...(await this.valuesOf(input, null)) };
      const row = await this.kit.entries.insert(this.kind.entity, { ...values, lifecycleStatus: status, createdAt: now, updatedAt: now });
      const plan = await this.planLinks(row.id, input, true);
      await plan.apply();
      if (status === 'launched') await this.beforeLaunch(row, plan);
      const view = await this.viewOf(row, baseUrl);
      await this.record(row.id, principal, null, view);
      return new Versioned(view, row.version, row.updatedAt);
    });
  }

  async update(id: number, patch: U, expectedVersion: number | undefined, principal: Principal, baseUrl: string): Promise<Versioned<V>> {
    const what = `${this.kind.label} ${id}`;
    return retryOnVersionConflict(
      () =>
        this.kit.db.transaction(async () => {
          // Locked: concurrent writers of one entry take turns instead of retrying on each other's versions.
          const row = await this.loadLocked(id);
          const before = await this.viewOf(row, baseUrl);
          assertSameIdentity(patch, before);
          assertVersion(expectedVersion, row.version, what);
          const from = row.lifecycleStatus;
          const to = patch.lifecycleStatus ?? from;
          const changes = {
            ...this.commonValues(patch, row),
            ...(await this.valuesOf(patch, row)),
            lifecycleStatus: to,
            updatedAt: this.kit.clock.now(),
          } as Partial<E>;
          const plan = await this.planLinks(id, patch, false);
          const next = { ...row, ...changes };
          await this.kind.process.assertMove(from, to, this.checks(next, plan), id);
          // A launched entry stays sellable through a change of what it links to.
          if (from === 'launched' && to === 'launched') await this.beforeLaunch(next, plan);
          if (!(await this.kit.entries.update(this.kind.entity, row, changes, plan.changed)))
            return new Versioned(before, row.version, row.updatedAt);
          await plan.apply();
          const updated = await this.load(id);
          const after = await this.viewOf(updated, baseUrl);
          // The history row here; the …StateChangeEvent comes from the ChangeRecorder.
          await this.kit.transitions.record(this.kind.process, { resourceId: id, from, to, resource: null }, principal, { event: false });
          await this.record(id, principal, before, after);
          return new Versioned(after, updated.version, updated.updatedAt);
        }),
      expectedVersion,
      what,
    );
  }

  async delete(id: number, principal: Principal, baseUrl: string): Promise<void> {
    await this.kit.db.transaction(async () => {
      const row = await this.loadLocked(id);
      const known = await this.usedBy(id, 'delete');
      await this.kit.holders.beforeDelete(this.kind.type, id, this.refusal(row), principal, known);
      const before = await this.viewOf(row, baseUrl);
      await this.removeLinks(id);
      await this.kit.entries.delete(this.kind.entity, id);
      await this.record(id, principal, before, null);
    });
  }

  protected async load(id: number): Promise<E> {
    const row = await this.kit.entries.findById(this.kind.entity, id);
    if (!row) throw this.notFound(id);
    return row;
  }

  private async loadLocked(id: number): Promise<E> {
    const row = await this.kit.entries.lockedById(this.kind.entity, id);
    if (!row) throw this.notFound(id);
    return row;
  }

  protected async viewOf(row: E, baseUrl: string): Promise<V> {
    return (await this.toViews([row], baseUrl, null))[0];
  }

  /** 409 CATALOG_ENTRY_IN_USE naming the entry (and, from ReferenceHolders, what uses it). */
  protected refusal(row: E) {
    return { code: CATALOG_ERRORS.CATALOG_ENTRY_IN_USE, label: `${this.kind.label} ${row.id} (${row.name})` };
  }

  private checks(next: E, plan: P): LifecycleChecks {
    return {
      beforeLaunch: () => this.beforeLaunch(next, plan),
      beforeRetire: async () =>
        this.kit.holders.assertUnreferenced(this.kind.type, next.id, this.refusal(next), await this.usedBy(next.id, 'retire')),
    };
  }

  private commonValues(input: C | U, current: E | null): Partial<CatalogEntityColumns> {
    const period = mergeTimePeriod(input.validFor, { from: current?.validFrom ?? null, to: current?.validTo ?? null });
    return {
      name: input.name ?? current?.name,
      description: patched(input.description, current?.description ?? null),
      specVersion: patched(input.version, current?.specVersion ?? null),
      validFrom: period.from,
      validTo: period.to,
    };
  }

  private record(id: number, actor: Principal, before: V | null, after: V | null): Promise<void> {
    const { resource, type } = this.kind;
    return this.kit.changes.record({
      resource,
      resourceType: type,
      resourceId: id,
      actor,
      before,
      after,
      stateAttribute: 'lifecycleStatus',
    });
  }

  private notFound(id: number) {
    return notFound(this.kind.notFound, `${this.kind.label} ${id} does not exist`);
  }
}

/** A merge patch may repeat `id` and `href` (clients send back what they read), never change them: 400. */
function assertSameIdentity(patch: { id?: string; href?: string }, current: { id: string; href: string }): void {
  const problems: FieldProblem[] = [];
  if (patch.id !== undefined && patch.id !== current.id) problems.push({ field: 'id', message: 'cannot be changed' });
  if (patch.href !== undefined && patch.href !== current.href) problems.push({ field: 'href', message: 'cannot be changed' });
  if (problems.length)
    throw invalid(PLATFORM_ERRORS.VALIDATION_FAILED, problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}
