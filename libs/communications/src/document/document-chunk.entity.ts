import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Document } from './document.entity.js';

/**
 * One piece of an uploaded file. Files are kept in the database, not on one server's disk, so any
 * instance behind the load balancer serves them and backups hold them; `blob` is the one binary
 * type both dialects share, and MariaDB's holds 64 KiB, hence pieces of FILE_CHUNK_BYTES.
 */
@Entity('document_chunk')
export class DocumentChunk {
  @PrimaryColumn({ name: 'document_id', type: 'integer' })
  documentId: number;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_document_chunk_document' })
  document?: Relation<Document>;

  @Column({ type: 'blob' })
  data: Buffer;
}

export const FILE_CHUNK_BYTES = 60 * 1024;
