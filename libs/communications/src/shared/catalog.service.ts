import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type ListQuery, type ListSpec, type Page } from '@contactly/platform';
import { docTime } from './doc-time.js';
import type { NamedRow, NamedRowRepository } from './named-row.repository.js';
import { NamedRowService } from './named-row.service.js';
import { UsageRepository } from './usage.repository.js';

/** What every catalog service needs besides its repository, injected as one. */
@Injectable()
export class CatalogDependencies {
  constructor(
    readonly db: Database,
    readonly changes: ChangeRecorder,
    readonly clock: Clock,
    readonly usages: UsageRepository,
  ) {}
}

/** The version and times that close every catalog view, as the document writes them. */
export const revisionOf = (row: NamedRow) => ({
  version: row.version,
  createTime: docTime(row.createdAt),
  updateTime: docTime(row.updatedAt),
});

/**
 * A catalog of named records (types, channels, statuses, companies, documents): listed whole,
 * unscoped, and not deletable while its usage counts anything.
 */
export abstract class CatalogService<T extends NamedRow, V extends object> extends NamedRowService<T, V> {
  /** The list's spec and, where the requirement document fixes the items, the keys shown unless `fields` asks for others. */
  protected abstract readonly listing: { spec: ListSpec; documentKeys?: readonly string[] };
  protected readonly usages: UsageRepository;

  protected constructor(repository: NamedRowRepository<T>, dependencies: CatalogDependencies) {
    super(repository, dependencies.db, dependencies.changes, dependencies.clock);
    this.usages = dependencies.usages;
  }

  async list(query: ListQuery): Promise<Page<V>> {
    return this.listRows(await this.repository.list(query, this.listing.spec), this.listing.documentKeys);
  }
}
