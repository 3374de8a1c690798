import { Injectable } from '@nestjs/common';
import { In, LessThan, MoreThan, Not } from 'typeorm';
import { applyListQuery, Database, type ListQuery, type ListSpec, Page } from '@contactly/platform';
import { CatalogDumpChunk } from './catalog-dump-chunk.entity.js';
import { CatalogDump, DUMP_STATUSES, DUMP_TRIGGERS } from './catalog-dump.entity.js';

export const CATALOG_DUMP_LIST: ListSpec = {
  idColumn: 'd.id',
  defaultSort: '-startedAt',
  fields: {
    id: { column: 'd.id', type: 'id' },
    status: { column: 'd.status', type: 'enum', values: DUMP_STATUSES },
    trigger: { column: 'd.trigger', type: 'enum', values: DUMP_TRIGGERS },
    requestedBy: { column: 'd.requested_by', type: 'string' },
    scheduledFor: { column: 'd.scheduled_for', type: 'date' },
    startedAt: { column: 'd.started_at', type: 'date' },
    finishedAt: { column: 'd.finished_at', type: 'date' },
  },
  selectable: [
    'status',
    'trigger',
    'requestedBy',
    'scheduledFor',
    'startedAt',
    'finishedAt',
    'counts',
    'byteSize',
    'chunkCount',
    'sha256',
    'error',
    'downloadHref',
  ],
};

/** Chunks per INSERT: about 1 MiB a statement, well under MariaDB's max_allowed_packet. */
export const CHUNKS_PER_INSERT = 16;
/** Chunks per read while streaming a dump out (about 1 MiB in memory at a time). */
const CHUNKS_PER_READ = 16;

/** Manifests and chunks of the catalog dumps. */
@Injectable()
export class CatalogDumpRepository {
  constructor(private readonly db: Database) {}

  private get dumps() {
    return this.db.repository(CatalogDump);
  }

  private get chunks() {
    return this.db.repository(CatalogDumpChunk);
  }

  async insert(dump: Omit<CatalogDump, 'id'>): Promise<CatalogDump> {
    const result = await this.dumps.insert(dump);
    return this.dumps.findOneByOrFail({ id: result.identifiers[0].id as number });
  }

  findById(id: number): Promise<CatalogDump | null> {
    return this.dumps.findOneBy({ id });
  }

  /** The id of the newest dump, whatever its status (0: none yet). */
  async newestId(): Promise<number> {
    const newest = await this.dumps.findOne({ select: { id: true }, where: {}, order: { id: 'DESC' } });
    return newest?.id ?? 0;
  }

  /** The first dump started after the dump `id` that did not fail (running or completed). */
  firstAfter(id: number): Promise<CatalogDump | null> {
    return this.dumps.findOne({ where: { id: MoreThan(id), status: Not('failed') }, order: { id: 'ASC' } });
  }

  findRunning(): Promise<CatalogDump | null> {
    return this.dumps.findOne({ where: { status: 'running' }, order: { id: 'DESC' } });
  }

  findBySlot(scheduledFor: Date): Promise<CatalogDump | null> {
    return this.dumps.findOneBy({ scheduledFor });
  }

  latestCompleted(): Promise<CatalogDump | null> {
    return this.dumps.findOne({ where: { status: 'completed' }, order: { finishedAt: 'DESC', id: 'DESC' } });
  }

  async list(query: ListQuery): Promise<Page<CatalogDump>> {
    const [items, total] = await applyListQuery(this.dumps.createQueryBuilder('d'), query, CATALOG_DUMP_LIST).getManyAndCount();
    return new Page(items, total, query.fields);
  }

  async insertChunks(rows: CatalogDumpChunk[]): Promise<void> {
    if (rows.length) await this.chunks.insert(rows);
  }

  /** Marks a running dump completed; false when it is no longer running (failed meanwhile). */
  async complete(id: number, changes: Partial<CatalogDump>): Promise<boolean> {
    const result = await this.dumps.update({ id, status: 'running' }, { ...changes, status: 'completed' });
    return (result.affected ?? 0) > 0;
  }

  /** Marks a dump failed and drops the bytes it wrote, so nothing partial is ever served. */
  async fail(id: number, error: string, at: Date): Promise<void> {
    await this.dumps.update({ id, status: 'running' }, { status: 'failed', finishedAt: at, error: error.slice(0, 500) });
    await this.chunks.delete({ dumpId: id });
  }

  /**
   * Dumps still marked running when a new run holds the lease: the instance running them stopped
   * (the lease makes runs exclusive), so they failed.
   */
  async failInterrupted(at: Date): Promise<void> {
    const stale = await this.dumps.find({ select: { id: true }, where: { status: 'running' } });
    for (const { id } of stale) await this.fail(id, 'interrupted: the instance running it stopped', at);
  }

  /** Dumps (not running) started before `before`, except `keep`. */
  expired(before: Date, keep: number): Promise<CatalogDump[]> {
    return this.dumps.find({ where: { startedAt: LessThan(before), status: Not('running'), id: Not(keep) }, order: { id: 'ASC' } });
  }

  async delete(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.chunks.delete({ dumpId: In(ids) });
    await this.dumps.delete({ id: In(ids) });
  }

  /** A dump's gzip bytes, a few chunks at a time (memory stays flat whatever its size). */
  async *readChunks(dumpId: number): AsyncGenerator<Buffer> {
    for (let from = 0; ; from += CHUNKS_PER_READ) {
      const rows = await this.chunks
        .createQueryBuilder('ch')
        .where('ch.dump_id = :dumpId AND ch.seq >= :from AND ch.seq < :to', { dumpId, from, to: from + CHUNKS_PER_READ })
        .orderBy('ch.seq', 'ASC')
        .getMany();
      for (const row of rows) yield Buffer.from(row.data);
      if (rows.length < CHUNKS_PER_READ) return;
    }
  }
}
