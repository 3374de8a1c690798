import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { RefreshRun } from './refresh-run.entity.js';

export const SOURCE_RUN_STATUSES = ['succeeded', 'failed', 'not-configured'] as const;
export type SourceRunStatus = (typeof SOURCE_RUN_STATUSES)[number];
export type SyncMode = 'full' | 'incremental';

/** What one refresh did with one source: counts, duration and error. */
@Entity('support_hub_refresh_source')
@Index('idx_support_hub_refresh_source_run', ['runId'])
@Index('idx_support_hub_refresh_source_source', ['source', 'id'])
export class RefreshSourceRun {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'run_id', type: 'integer' })
  runId: number;

  @ManyToOne(() => RefreshRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_support_hub_refresh_source_run' })
  run?: Relation<RefreshRun>;

  @Column({ ...varchar(20) })
  source: string;

  @Column({ ...varchar(20) })
  mode: SyncMode;

  @Column({ ...varchar(20) })
  status: SourceRunStatus;

  /** Incremental: cases updated since this time were asked for. */
  @Column({ ...TIMESTAMP, nullable: true })
  since: Date | null;

  /** Usable cases received (each once). */
  @Column({ type: 'integer' })
  fetched: number;

  @Column({ name: 'new_count', type: 'integer' })
  newCount: number;

  @Column({ type: 'integer' })
  changed: number;

  @Column({ type: 'integer' })
  unchanged: number;

  @Column({ type: 'integer' })
  deleted: number;

  @Column({ name: 'skipped_malformed', type: 'integer' })
  skippedMalformed: number;

  @Column({ type: 'integer' })
  duplicates: number;

  /** Received without provider or error code (grouped under `unclassified`). */
  @Column({ type: 'integer' })
  unclassified: number;

  @Column({ type: 'integer' })
  pages: number;

  @Column({ type: 'integer' })
  requests: number;

  @Column({ type: 'integer' })
  retries: number;

  @Column({ type: 'integer' })
  timeouts: number;

  @Column({ name: 'rate_limited', type: 'integer' })
  rateLimited: number;

  @Column({ name: 'server_errors', type: 'integer' })
  serverErrors: number;

  @Column({ name: 'malformed_responses', type: 'integer' })
  malformedResponses: number;

  /** What else the report should say (deletions held back, samples of skipped records). */
  @Column({ ...varchar(1000), nullable: true })
  note: string | null;

  @Column({ ...varchar(1000), nullable: true })
  error: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @Column({ name: 'started_at', ...TIMESTAMP })
  startedAt: Date;

  @Column({ name: 'finished_at', ...TIMESTAMP })
  finishedAt: Date;
}
