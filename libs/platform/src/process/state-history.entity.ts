import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '../database/column-types.js';

/**
 * One move of a record through its process: who moved it, when, from where to where and why.
 * One table for every process (keyed by process and resource id), so a new process needs no
 * migration and every history reads the same way.
 */
@Entity('state_history')
@Index('idx_state_history_resource', ['process', 'resourceId', 'id'])
export class StateHistoryEntry {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(60) })
  process: string;

  @Column({ name: 'resource_id', ...varchar(64) })
  resourceId: string;

  @Column({ name: 'from_state', ...varchar(60) })
  fromState: string;

  @Column({ name: 'to_state', ...varchar(60) })
  toState: string;

  /** The user; null for the system (a dispatcher, a provider's receipt). */
  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_name', ...varchar(100) })
  actorName: string;

  @Column({ ...varchar(500), nullable: true })
  reason: string | null;

  @Column({ name: 'occurred_at', ...TIMESTAMP })
  occurredAt: Date;
}
