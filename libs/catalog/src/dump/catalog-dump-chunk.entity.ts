import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One piece of a dump's gzip bytes, in order (`seq` from 0). `blob` is the one binary type both
 * dialects share and MariaDB's holds 64 KiB, hence pieces of DUMP_CHUNK_BYTES.
 */
@Entity('catalog_dump_chunk')
export class CatalogDumpChunk {
  @PrimaryColumn({ name: 'dump_id', type: 'integer' })
  dumpId: number;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'blob' })
  data: Buffer;
}

export const DUMP_CHUNK_BYTES = 60 * 1024;
