import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { CatalogDumpChunk } from './catalog-dump-chunk.entity.js';
import { DUMP_CHUNK_BYTES } from './catalog-dump-chunk.entity.js';
import { CHUNKS_PER_INSERT } from './catalog-dump.repository.js';

/**
 * The end of a dump's pipeline: cuts the gzip bytes into DUMP_CHUNK_BYTES pieces and stores them
 * CHUNKS_PER_INSERT at a time, hashing and counting as they pass. A write is acknowledged once its
 * batch is stored, so the pipeline waits for the database (backpressure) and at most one batch
 * (about 1 MiB) is ever held here.
 */
export class ChunkSink extends Writable {
  private readonly hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  byteSize = 0;
  sha256 = '';

  constructor(
    private readonly dumpId: number,
    private readonly store: (rows: CatalogDumpChunk[]) => Promise<void>,
  ) {
    super({ highWaterMark: DUMP_CHUNK_BYTES });
  }

  get chunkCount(): number {
    return this.seq;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.byteSize += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < DUMP_CHUNK_BYTES * CHUNKS_PER_INSERT) return done();
    this.flush(false).then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flush(true).then(() => {
      this.sha256 = this.hash.digest('hex');
      done();
    }, done);
  }

  /** Stores the whole pieces gathered (and, at the end, the last short one); keeps the rest for the next. */
  private async flush(last: boolean): Promise<void> {
    const data = Buffer.concat(this.pending);
    const whole = last ? data.length : data.length - (data.length % DUMP_CHUNK_BYTES);
    const rows: CatalogDumpChunk[] = [];
    for (let offset = 0; offset < whole; offset += DUMP_CHUNK_BYTES)
      rows.push({ dumpId: this.dumpId, seq: this.seq++, data: data.subarray(offset, Math.min(whole, offset + DUMP_CHUNK_BYTES)) });
    this.pending = whole < data.length ? [data.subarray(whole)] : [];
    this.pendingBytes = data.length - whole;
    await this.store(rows);
  }
}
