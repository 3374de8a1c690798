import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

export const DUMP_STATUSES = ['running', 'completed', 'failed'] as const;
export type DumpStatus = (typeof DUMP_STATUSES)[number];
export const DUMP_TRIGGERS = ['scheduled', 'manual'] as const;
export type DumpTrigger = (typeof DUMP_TRIGGERS)[number];

/**
 * The manifest of one catalog dump: who started it, when, what it holds (lines per type), and its
 * gzip bytes' size and SHA-256. The bytes themselves are CatalogDumpChunk rows, so that every
 * instance behind the load balancer serves every dump.
 */
@Entity('catalog_dump')
@Index('idx_catalog_dump_status_finished', ['status', 'finishedAt'])
@Index('idx_catalog_dump_trigger', ['trigger'])
@Index('idx_catalog_dump_started_at', ['startedAt'])
@Index('idx_catalog_dump_finished_at', ['finishedAt'])
@Index('idx_catalog_dump_requested_by', ['requestedBy'])
@Index('uq_catalog_dump_scheduled_for', ['scheduledFor'], { unique: true })
export class CatalogDump {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(10) })
  status: DumpStatus;

  @Column({ ...varchar(10) })
  trigger: DumpTrigger;

  /** The username of who asked for it; null for the schedule. */
  @Column({ name: 'requested_by', ...varchar(100), nullable: true })
  requestedBy: string | null;

  /**
   * For a scheduled dump: the cron time it stands for. Unique, so the day's dump exists once however
   * many instances tick (and whatever their clocks say); null for a manual one.
   */
  @Column({ name: 'scheduled_for', ...TIMESTAMP, nullable: true })
  scheduledFor: Date | null;

  @Column({ name: 'started_at', ...TIMESTAMP })
  startedAt: Date;

  @Column({ name: 'finished_at', ...TIMESTAMP, nullable: true })
  finishedAt: Date | null;

  /** Lines per type: offerings, the specifications and the categories they refer to. */
  @Column({ name: 'offering_count', type: 'integer', default: 0 })
  offeringCount: number;

  @Column({ name: 'specification_count', type: 'integer', default: 0 })
  specificationCount: number;

  @Column({ name: 'category_count', type: 'integer', default: 0 })
  categoryCount: number;

  /** Prices inlined in the offering lines (not lines of their own). */
  @Column({ name: 'price_count', type: 'integer', default: 0 })
  priceCount: number;

  @Column({ name: 'byte_size', type: 'integer', default: 0 })
  byteSize: number;

  @Column({ name: 'chunk_count', type: 'integer', default: 0 })
  chunkCount: number;

  /** Hex SHA-256 of the gzip bytes (the download's ETag). */
  @Column({ ...varchar(64), nullable: true })
  sha256: string | null;

  @Column({ ...varchar(500), nullable: true })
  error: string | null;
}
