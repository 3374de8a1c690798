import { Injectable } from '@nestjs/common';
import { Database, replaceChildRows } from '@contactly/platform';
import { NamedRowRepository } from '../shared/named-row.repository.js';
import { DocumentChunk, FILE_CHUNK_BYTES } from './document-chunk.entity.js';
import { Document } from './document.entity.js';

/** Chunks per INSERT: about 1 MiB a statement, well under MariaDB's max_allowed_packet. */
const CHUNKS_PER_INSERT = 16;
/** Chunks per read while streaming a file out. */
const CHUNKS_PER_READ = 32;

@Injectable()
export class DocumentRepository extends NamedRowRepository<Document> {
  constructor(db: Database) {
    super(db, Document, 'doc');
  }

  private get chunks() {
    return this.db.repository(DocumentChunk);
  }

  /** Replaces the file of a document with these bytes (`fresh`: a document created in this transaction). */
  async writeFile(documentId: number, data: Buffer, fresh = false): Promise<void> {
    const pieces: DocumentChunk[] = [];
    for (let offset = 0, seq = 0; offset < data.length; offset += FILE_CHUNK_BYTES, seq += 1) {
      pieces.push({ documentId, seq, data: data.subarray(offset, offset + FILE_CHUNK_BYTES) });
    }
    await replaceChildRows(this.chunks, { documentId }, pieces, { fresh, batch: CHUNKS_PER_INSERT });
  }

  /** The file's bytes, a few chunks at a time. */
  async *readFile(documentId: number): AsyncGenerator<Buffer> {
    for (let from = 0; ; from += CHUNKS_PER_READ) {
      const rows = await this.chunks
        .createQueryBuilder('ch')
        .where('ch.document_id = :documentId AND ch.seq >= :from AND ch.seq < :to', { documentId, from, to: from + CHUNKS_PER_READ })
        .orderBy('ch.seq', 'ASC')
        .getMany();
      for (const row of rows) yield Buffer.from(row.data);
      if (rows.length < CHUNKS_PER_READ) return;
    }
  }
}
