import {
  PLATFORM_ERRORS,
  assertVersion,
  ChangeRecorder,
  Clock,
  conflict,
  Database,
  notFound,
  Page,
  type Principal,
  retryOnVersionConflict,
  Versioned,
} from '@contactly/platform';
import { changesIn, localised } from '../language/translations.js';
import { requestLanguage } from '../language/request-language.js';
import { nameKeyOf, parseIdOrName } from './names.js';
import type { NamedRow, NamedRowRepository } from './named-row.repository.js';

/** How a resource names itself in errors, events and the audit trail. */
export interface ResourceNames {
  /** For messages: `Communication type`. */
  label: string;
  /** Its error codes (COMMUNICATIONS_ERRORS); `inUse` for a resource whose `usage` can refuse a delete. */
  codes: { notFound: string; nameAmbiguous: string; nameTaken: string; inUse?: string };
  /** TMF event resource: `CommunicationType` → `CommunicationTypeCreateEvent`. */
  resource: string;
  /** Audit and event body resource type: `communicationType`. */
  resourceType: string;
}

/** Where a record is still referenced, e.g. `3 rule(s)`; deleting it is refused while any remain. */
export type Usage = { what: string; count: number }[];

/**
 * The shared life of a named, versioned record: find by id or name (404; 409 when a name is
 * ambiguous), create with a unique name (409), change with If-Match and retry on a lost race
 * (412), delete unless still used (409, nothing deleted). Every write is evented and audited in
 * its transaction. Subclasses say how rows are shown and what uses them.
 */
export abstract class NamedRowService<T extends NamedRow, V extends object> {
  protected abstract readonly names: ResourceNames;

  protected constructor(
    protected readonly repository: NamedRowRepository<T>,
    protected readonly db: Database,
    protected readonly changes: ChangeRecorder,
    protected readonly clock: Clock,
  ) {}

  /** Views of several rows at once (one query per related table, never one per row). */
  protected abstract views(rows: T[]): Promise<V[]>;

  /** What still uses the row; deletion is refused while anything does. */
  protected usage(_row: T): Promise<Usage> {
    return Promise.resolve([]);
  }

  /** The rows among which a name must be unique (all by default; one company's for departments). */
  protected nameScope(_row: Partial<T>): Partial<T> {
    return {};
  }

  /** The snapshot events and the audit trail record (the view by default). */
  protected snapshot(view: V): object {
    return view;
  }

  /** The state attribute of the snapshot that makes a change a state change. */
  protected readonly stateAttribute: string | undefined = undefined;

  /** The row as the request reads it: in the language it asks for, where the row has that text. */
  async view(row: T): Promise<V> {
    return (await this.views([localised(row, requestLanguage())]))[0];
  }

  /**
   * What events and the audit record: the snapshot of the row in its own text, whoever's language the
   * edit came in, with its translations of the fields the snapshot keeps (so an edit in English shows).
   */
  private async recordedView(row: T): Promise<object> {
    const snapshot = this.snapshot((await this.views([row]))[0]);
    const translations = Object.entries(row.translations ?? {}).map(([language, fields]) => [
      language,
      Object.fromEntries(Object.entries(fields ?? {}).filter(([field]) => field in snapshot)),
    ]);
    return translations.length ? { ...snapshot, translations: Object.fromEntries(translations) } : snapshot;
  }

  async listRows(page: Page<T>, defaultFields: readonly string[] | null = null): Promise<Page<V>> {
    const language = requestLanguage();
    return new Page(
      await this.views(page.items.map((row) => localised(row, language))),
      page.total,
      page.fields ?? (defaultFields ? [...defaultFields] : null),
    );
  }

  async get(idOrName: string): Promise<Versioned<V>> {
    const row = await this.find(idOrName);
    return new Versioned(await this.view(row), row.version);
  }

  /** A row by numeric id or by name; anything else reads as not found. */
  async find(idOrName: string, scope: Partial<T> = {}): Promise<T> {
    const key = parseIdOrName(idOrName);
    if ('id' in key) {
      const row = await this.repository.findById(key.id);
      if (row) return row;
    } else {
      const rows = await this.repository.findByNameKey(nameKeyOf(key.name), scope);
      if (rows.length > 1)
        throw conflict(
          this.names.codes.nameAmbiguous,
          `Several ${this.names.label.toLowerCase()} records are named «${key.name}»: use the id`,
        );
      if (rows.length === 1) return rows[0];
    }
    throw notFound(this.names.codes.notFound, `${this.names.label} ${idOrName} does not exist`);
  }

  /** Inserts a new row after checking its name is free; records the create. */
  protected async insertRow(
    values: Omit<T, 'id' | 'version' | 'nameKey' | 'createdAt' | 'updatedAt' | 'translations'>,
    actor: Principal,
    /** Writes what is kept outside the row (a rule's lines, a document's file) before it is shown. */
    writeRelated?: (row: T) => Promise<unknown>,
  ): Promise<Versioned<V>> {
    return this.db.transaction(async () => {
      await this.assertNameFree(values as unknown as Partial<T>);
      const now = this.clock.now();
      const row = await this.repository.insert({
        ...values,
        nameKey: nameKeyOf(values.name),
        createdAt: now,
        updatedAt: now,
      } as unknown as Omit<T, 'id' | 'version'>);
      if (writeRelated) await writeRelated(row);
      await this.record(row.id, actor, null, await this.recordedView(row));
      return new Versioned(await this.view(row), row.version);
    });
  }

  /**
   * Read-modify-write with optimistic concurrency. `apply` returns the changes (it may refuse by
   * throwing); a changed name must be free.
   */
  protected async changeRow(
    idOrName: string,
    expectedVersion: number | undefined,
    actor: Principal,
    apply: (row: T) => Promise<Partial<T>> | Partial<T>,
    /** Writes what is kept outside the row (a rule's lines); says whether it changed anything. */
    writeRelated?: (row: T) => Promise<boolean>,
  ): Promise<Versioned<V>> {
    return retryOnVersionConflict(
      () =>
        this.db.transaction(async () => {
          const row = await this.find(idOrName);
          assertVersion(expectedVersion, row.version, `${this.names.label} ${row.id}`);
          const before = await this.recordedView(row);
          const asked = Object.fromEntries(Object.entries(await apply(row)).filter(([, value]) => value !== undefined)) as Partial<T>;
          // Edited in a language the row has a translation in: that translation changes, not its own text.
          const changes = changesIn(row, asked, requestLanguage());
          const merged = { ...row, ...changes };
          const renamed = changes.name !== undefined && nameKeyOf(changes.name) !== row.nameKey;
          const moved = JSON.stringify(this.nameScope(row)) !== JSON.stringify(this.nameScope(merged));
          if (renamed || moved) await this.assertNameFree(merged, row.id);
          const values = {
            ...changes,
            ...(changes.name !== undefined ? { nameKey: nameKeyOf(changes.name) } : {}),
            updatedAt: this.clock.now(),
          } as Partial<T>;
          const relatedChanged = writeRelated ? await writeRelated(row) : false;
          const updated = await this.repository.update(row, values, relatedChanged);
          await this.record(row.id, actor, before, await this.recordedView(updated));
          return new Versioned(await this.view(updated), updated.version);
        }),
      expectedVersion,
      `${this.names.label} ${idOrName}`,
    );
  }

  async delete(idOrName: string, actor: Principal): Promise<void> {
    await this.db.transaction(async () => {
      const row = await this.find(idOrName);
      const usage = (await this.usage(row)).filter((u) => u.count > 0);
      if (usage.length) {
        const uses = usage.map((u) => `${u.count} ${u.what}`).join(', ');
        throw conflict(
          this.names.codes.inUse ?? PLATFORM_ERRORS.RECORD_IN_USE,
          `${this.names.label} «${row.name}» is still used by ${uses}; nothing was deleted`,
          { usage: Object.fromEntries(usage.map((u) => [u.what, u.count])) },
        );
      }
      const before = await this.recordedView(row);
      await this.beforeDelete(row);
      await this.repository.delete(row.id);
      await this.record(row.id, actor, before, null);
    });
  }

  /** Removes what belongs to the row and goes with it (its rule lines), inside the delete. */
  protected beforeDelete(_row: T): Promise<void> {
    return Promise.resolve();
  }

  protected async assertNameFree(values: Partial<T>, exceptId?: number): Promise<void> {
    const rows = await this.repository.findByNameKey(nameKeyOf(values.name ?? ''), this.nameScope(values));
    if (rows.some((row) => row.id !== exceptId)) {
      throw conflict(this.names.codes.nameTaken, `A ${this.names.label.toLowerCase()} named «${values.name}» already exists`);
    }
  }

  protected async record(id: number, actor: Principal, before: object | null, after: object | null): Promise<void> {
    await this.changes.record({
      resource: this.names.resource,
      resourceType: this.names.resourceType,
      resourceId: id,
      actor,
      before,
      after,
      ...(this.stateAttribute ? { stateAttribute: this.stateAttribute as never } : {}),
    });
  }
}
