import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChangeRecorder, Clock, Database, type Principal } from '@contactly/platform';
import { InventorySettings } from '../inventory.settings.js';
import { newNumberRow } from '../resource/new-number.js';
import { DEFAULT_POOL, type ResourceType } from '../resource/number-resource.entity.js';
import { NumberResourceRepository } from '../resource/number-resource.repository.js';
import type { ImportReportView } from './dto/import.dto.js';
import { type ImportLine, linesOfCsv, linesOfRange } from './import-lines.js';

/** Rows per INSERT (and per transaction): large enough for few round trips, small for either dialect. */
const BATCH = 2_000;
/** Duplicates named in the report (the rest are counted). */
const NAMED_DUPLICATES = 20;

/**
 * Bulk imports into the number pools. Everything is checked before anything is written (a bad line
 * or an import over NUMBER_IMPORT_MAX writes nothing); then batched multi-row inserts that skip
 * numbers already in the pool. The unique key on (type, value) decides, so two overlapping imports
 * running at once never double a number, and each import's own id on the rows it wrote tells it
 * exactly which of its numbers were there already.
 *
 * One `NumberImportCreateEvent` (with the counts) stands for the numbers of an import, rather than a
 * hundred thousand ResourceCreateEvents in the outbox.
 */
@Injectable()
export class NumberImports {
  constructor(
    private readonly numbers: NumberResourceRepository,
    private readonly changes: ChangeRecorder,
    private readonly settings: InventorySettings,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  importRange(input: { resourceType: ResourceType; from: string; to: string; pool?: string }, actor: Principal): Promise<ImportReportView> {
    const lines = linesOfRange(input.resourceType, input.from, input.to, this.settings.numberImportMax);
    return this.run(input.resourceType, input.pool ?? DEFAULT_POOL, lines, actor);
  }

  importCsv(resourceType: ResourceType, pool: string | undefined, text: string, actor: Principal): Promise<ImportReportView> {
    const lines = linesOfCsv(resourceType, text, this.settings.numberImportMax);
    return this.run(resourceType, pool ?? DEFAULT_POOL, lines, actor);
  }

  private async run(resourceType: ResourceType, pool: string, lines: ImportLine[], actor: Principal): Promise<ImportReportView> {
    const importId = randomUUID();
    const unique = new Map<string, ImportLine>();
    const duplicates: string[] = [];
    for (const line of lines) {
      if (unique.has(line.value)) duplicates.push(line.value);
      else unique.set(line.value, line);
    }
    // In number order: concurrent imports of overlapping ranges then lock their keys in the same order.
    const ordered = [...unique.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    let inserted = 0;
    const batches = Math.ceil(ordered.length / BATCH);
    // Each batch commits with its own event and audit entry: an import cut short (a lost connection at
    // batch 30 of 50) leaves in the pool exactly the numbers that its recorded batches say it added.
    for (let index = 0; index < batches; index += 1) {
      const batch = ordered.slice(index * BATCH, (index + 1) * BATCH);
      const already = await this.db.transaction(async () => {
        const now = this.clock.now();
        await this.numbers.insertNew(
          batch.map(({ value, ...tags }) => newNumberRow(resourceType, value, now, { pool, ...tags, importId })),
        );
        const notOurs = await this.numbers.notImportedBy(
          resourceType,
          batch.map((line) => line.value),
          importId,
        );
        const part = {
          importId,
          resourceType,
          pool,
          batch: index + 1,
          batches,
          inserted: batch.length - notOurs.length,
          duplicates: notOurs.length,
        };
        await this.changes.recordAction({
          eventType: 'NumberImportCreateEvent',
          action: 'import',
          resourceType: 'numberImport',
          resourceId: importId,
          resource: part,
          actor,
          after: { ...part },
        });
        return notOurs;
      });
      inserted += batch.length - already.length;
      duplicates.push(...already);
    }
    const report: ImportReportView = {
      importId,
      resourceType,
      pool,
      received: lines.length,
      inserted,
      duplicates: { count: duplicates.length, first: duplicates.slice(0, NAMED_DUPLICATES) },
    };
    return report;
  }
}
