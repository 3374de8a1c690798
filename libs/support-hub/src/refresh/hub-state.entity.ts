import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/**
 * The hub's one state row. Every write of the consolidated view bumps `revision` first, which
 * serialises refreshes, merges and splits; `lastRefreshedAt` moves in the same transaction as the data.
 */
@Entity('support_hub_state')
export class HubState {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  revision: number;

  /** When the last refresh in which a source succeeded finished. */
  @Column({ name: 'last_refreshed_at', ...TIMESTAMP, nullable: true })
  lastRefreshedAt: Date | null;

  @Column({ name: 'last_run_id', type: 'integer', nullable: true })
  lastRunId: number | null;

  /** Token of the last write of the consolidated view (an instance's in-memory copy is current while it matches). */
  @Column({ ...varchar(40), nullable: true })
  writer: string | null;
}
