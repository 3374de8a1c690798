import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

export const REFRESH_TRIGGERS = ['scheduled', 'manual', 'forced'] as const;
export type RefreshTrigger = (typeof REFRESH_TRIGGERS)[number];

/** running → succeeded (every source), partial (some failed), failed (none succeeded, or an error). */
export const RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One refresh of the CRM data, with what it changed. */
@Entity('support_hub_refresh_run')
@Index('idx_support_hub_refresh_run_status', ['status', 'finishedAt'])
@Index('idx_support_hub_refresh_run_started', ['startedAt'])
export class RefreshRun {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'trigger_kind', ...varchar(20) })
  trigger: RefreshTrigger;

  @Column({ ...varchar(20) })
  status: RunStatus;

  /** Who asked for it (null for the schedule). */
  @Column({ name: 'requested_by', ...varchar(100), nullable: true })
  requestedBy: string | null;

  /** The server instance running it. */
  @Column({ ...varchar(100) })
  holder: string;

  @Column({ name: 'started_at', ...TIMESTAMP })
  startedAt: Date;

  @Column({ name: 'finished_at', ...TIMESTAMP, nullable: true })
  finishedAt: Date | null;

  /** Moved on while it runs; a running run whose heartbeat stopped was abandoned. */
  @Column({ name: 'heartbeat_at', ...TIMESTAMP })
  heartbeatAt: Date;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs: number | null;

  /** JSON progress counters while running (pages and records per source, phase). */
  @Column({ type: 'text', nullable: true })
  progress: string | null;

  @Column({ ...varchar(1000), nullable: true })
  error: string | null;

  @Column({ name: 'aggregated_created', type: 'integer' })
  aggregatedCreated: number;

  @Column({ name: 'aggregated_changed', type: 'integer' })
  aggregatedChanged: number;

  @Column({ name: 'aggregated_closed', type: 'integer' })
  aggregatedClosed: number;

  @Column({ name: 'aggregated_removed', type: 'integer' })
  aggregatedRemoved: number;

  /** Totals after the run. */
  @Column({ name: 'case_count', type: 'integer', nullable: true })
  caseCount: number | null;

  @Column({ name: 'aggregated_count', type: 'integer', nullable: true })
  aggregatedCount: number | null;
}
