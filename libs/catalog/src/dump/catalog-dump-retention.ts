import { Injectable, Logger } from '@nestjs/common';
import { Clock, Database, EventRecorder } from '@contactly/platform';
import { CatalogSettings } from '../catalog.settings.js';
import { CatalogDumpRepository } from './catalog-dump.repository.js';
import { toCatalogDumpView } from './dto/catalog-dump.view.js';

const DAY_MS = 86_400_000;

/**
 * Deletes dumps (manifest and bytes) started more than CATALOG_DUMP_RETENTION_DAYS ago, failed ones
 * included, each with a CatalogDumpDeleteEvent. The latest completed dump is always kept, however
 * old: `…/dumps/latest` never goes away because the schedule stopped.
 */
@Injectable()
export class CatalogDumpRetention {
  private readonly logger = new Logger(CatalogDumpRetention.name);

  constructor(
    private readonly settings: CatalogSettings,
    private readonly clock: Clock,
    private readonly db: Database,
    private readonly dumps: CatalogDumpRepository,
    private readonly events: EventRecorder,
  ) {}

  /** Runs after a successful dump, under the dump lease; returns the ids it deleted. */
  async apply(): Promise<number[]> {
    const latest = await this.dumps.latestCompleted();
    if (!latest) return [];
    const expired = await this.dumps.expired(new Date(this.clock.nowMs() - this.settings.dumpRetentionDays * DAY_MS), latest.id);
    if (!expired.length) return [];
    const ids = expired.map((dump) => dump.id);
    await this.db.transaction(async () => {
      await this.dumps.delete(ids);
      await this.events.recordMany(
        expired.map((dump) => ({
          eventType: 'CatalogDumpDeleteEvent',
          resourceType: 'catalogDump',
          resourceId: dump.id,
          resource: toCatalogDumpView(dump, ''),
        })),
      );
    });
    this.logger.log(`Deleted ${ids.length} catalog dumps older than ${this.settings.dumpRetentionDays} days: ${ids.join(', ')}`);
    return ids;
  }
}
