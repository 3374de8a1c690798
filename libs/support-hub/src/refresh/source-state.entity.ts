import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/** Where each source stands: how far incremental pulls got, when the last full sync was, its health. */
@Entity('support_hub_source')
export class SourceState {
  @PrimaryColumn({ ...varchar(20) })
  source: string;

  /** The latest update time pulled; the next incremental pull asks from here. */
  @Column({ ...TIMESTAMP, nullable: true })
  watermark: Date | null;

  @Column({ name: 'runs_since_full', type: 'integer' })
  runsSinceFull: number;

  @Column({ name: 'last_full_sync_at', ...TIMESTAMP, nullable: true })
  lastFullSyncAt: Date | null;

  @Column({ type: 'boolean', default: true })
  healthy: boolean;

  @Column({ name: 'last_success_at', ...TIMESTAMP, nullable: true })
  lastSuccessAt: Date | null;

  @Column({ name: 'last_failure_at', ...TIMESTAMP, nullable: true })
  lastFailureAt: Date | null;

  @Column({ name: 'last_error', ...varchar(1000), nullable: true })
  lastError: string | null;

  @Column({ name: 'consecutive_failures', type: 'integer' })
  consecutiveFailures: number;
}
