import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Injectable, Logger } from '@nestjs/common';
import type { PoolConnection } from 'mysql2';
import type { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner.js';
import { Clock, Database, EventRecorder } from '@contactly/platform';
import { categoryLine, offeringLine, specificationLine } from './catalog-dump-lines.js';
import type { CatalogDump } from './catalog-dump.entity.js';
import { CatalogDumpRepository } from './catalog-dump.repository.js';
import { ChunkSink } from './chunk-sink.js';
import { toCatalogDumpView } from './dto/catalog-dump.view.js';
import type { Row } from './raw-columns.js';
import { SellableCatalogReader, type SnapshotQuery } from './sellable-catalog.reader.js';

/** Level 3: the default (6) takes twice as long on catalog JSON for ~15% fewer bytes. */
const GZIP_LEVEL = 3;

interface Counts {
  offerings: number;
  specifications: number;
  categories: number;
  prices: number;
  /** Milliseconds each line type took (reads and text; gzip and storage overlap them). */
  ms: { offerings: number; specifications: number; categories: number };
}

/** Reads for the whole run and how to end them. */
interface Snapshot {
  query: SnapshotQuery;
  close(): Promise<void>;
}

/**
 * Writes one dump: the sellable catalog's lines (SellableCatalogReader) → gzip → ChunkSink (the
 * database), as one stream with backpressure, so memory holds a page of rows and a batch of
 * chunks whatever the catalog's size. Then the manifest is completed with its counts, size and
 * SHA-256 and a CatalogDumpCreateEvent recorded, in one transaction. A run that fails (or is told
 * to stop) leaves a failed manifest and no bytes.
 */
@Injectable()
export class CatalogDumpWriter {
  private readonly logger = new Logger(CatalogDumpWriter.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly dumps: CatalogDumpRepository,
    private readonly events: EventRecorder,
  ) {}

  async write(dump: CatalogDump, signal: AbortSignal): Promise<CatalogDump> {
    const counts: Counts = {
      offerings: 0,
      specifications: 0,
      categories: 0,
      prices: 0,
      ms: { offerings: 0, specifications: 0, categories: 0 },
    };
    const sink = new ChunkSink(dump.id, (rows) => this.dumps.insertChunks(rows));
    try {
      const snapshot = await this.openSnapshot();
      try {
        await pipeline(
          Readable.from(this.lines(new SellableCatalogReader(snapshot.query), counts), { highWaterMark: 1 }),
          createGzip({ level: GZIP_LEVEL }),
          sink,
          { signal },
        );
      } finally {
        await snapshot.close();
      }
      const done = await this.db.transaction(async () => {
        const completed = await this.dumps.complete(dump.id, {
          finishedAt: this.clock.now(),
          offeringCount: counts.offerings,
          specificationCount: counts.specifications,
          categoryCount: counts.categories,
          priceCount: counts.prices,
          byteSize: sink.byteSize,
          chunkCount: sink.chunkCount,
          sha256: sink.sha256,
        });
        if (!completed) throw new Error('the dump was marked failed while it ran');
        const row = (await this.dumps.findById(dump.id))!;
        await this.events.record({
          eventType: 'CatalogDumpCreateEvent',
          resourceType: 'catalogDump',
          resourceId: row.id,
          resource: toCatalogDumpView(row, ''),
        });
        return row;
      });
      this.logger.log(
        `Catalog dump ${dump.id} completed: ${counts.offerings} offerings, ${counts.specifications} specifications, ${counts.categories} categories, ${sink.byteSize} bytes (${counts.ms.offerings} + ${counts.ms.specifications} + ${counts.ms.categories} ms)`,
      );
      return done;
    } catch (error) {
      const why = signal.aborted ? 'stopped: the server is shutting down or lost the dump lease' : errorText(error);
      this.logger.warn(`Catalog dump ${dump.id} failed: ${why}`);
      await this.dumps.fail(dump.id, why, this.clock.now());
      return (await this.dumps.findById(dump.id)) ?? dump;
    }
  }

  /**
   * NDJSON text, a page of rows at a time (the rows are garbage once their page is text): offerings,
   * then their specifications, then their categories.
   */
  private async *lines(reader: SellableCatalogReader, counts: Counts): AsyncGenerator<string> {
    const text = new TextPieces();
    let since = performance.now();
    const lap = () => Math.round(-since + (since = performance.now()));
    for await (const page of reader.offeringPages()) {
      for (const { offering, links } of page) {
        text.add(`${offeringLine(offering, links)}\n`);
        counts.prices += links.prices.length;
      }
      counts.offerings += page.length;
      yield* text.take();
    }
    counts.ms.offerings = lap();
    for await (const page of reader.specificationPages()) {
      for (const spec of page) text.add(`${specificationLine(spec)}\n`);
      counts.specifications += page.length;
      yield* text.take();
    }
    counts.ms.specifications = lap();
    for await (const page of reader.categoryPages()) {
      for (const category of page) text.add(`${categoryLine(category)}\n`);
      counts.categories += page.length;
      yield* text.take();
    }
    counts.ms.categories = lap();
    yield* text.take(true);
  }

  /**
   * On MariaDB a read-only transaction with a consistent snapshot on a connection of its own: every
   * page sees the catalog as it was when the dump began, while edits go on. Its reads go to the
   * driver directly, asking for times as text (`dateStrings`): parsing 400,000 of them into Dates
   * only to print them again cost more than the reads. SQLite has one connection, which a
   * transaction this long would hold from every writer: there the pages read the catalog as it is
   * when each is read.
   */
  private async openSnapshot(): Promise<Snapshot> {
    const manager = this.db.dataSource.manager;
    if (this.db.dialect === 'sqlite') return { query: (sql, params) => manager.query(sql, params), close: async () => undefined };
    const runner = this.db.dataSource.createQueryRunner() as MysqlQueryRunner;
    const connection = (await runner.connect()) as PoolConnection;
    const query = (sql: string, values: unknown[] = []) =>
      new Promise<Row[]>((resolve, reject) =>
        connection.query({ sql, values, dateStrings: true }, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))),
      );
    try {
      await query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    } catch (error) {
      await runner.release();
      throw error;
    }
    return {
      query,
      close: async () => {
        await query('COMMIT').catch(() => undefined);
        await runner.release();
      },
    };
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 400);

/**
 * Lines gathered into pieces of about 32 K characters. Pieces stay small because V8 keeps a string
 * over ~128 KB in its large-object space, which only a full collection frees: page-sized strings
 * grew the heap by hundreds of MB over a dump.
 */
class TextPieces {
  private static readonly SIZE = 32 * 1024;
  private pieces: string[] = [];
  private current = '';

  add(line: string): void {
    this.current += line;
    if (this.current.length < TextPieces.SIZE) return;
    this.pieces.push(this.current);
    this.current = '';
  }

  /** The full pieces (and with `all`, the rest). */
  take(all = false): string[] {
    if (all && this.current) [this.pieces, this.current] = [[...this.pieces, this.current], ''];
    const taken = this.pieces;
    this.pieces = [];
    return taken;
  }
}
