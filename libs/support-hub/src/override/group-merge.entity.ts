import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/** An agent merged one group into another: every case keyed `fromKey` now belongs to `intoKey`. */
@Entity('support_hub_merge')
@Index('uq_support_hub_merge_from_key', ['fromKey'], { unique: true })
@Index('idx_support_hub_merge_into_key', ['intoKey'])
export class GroupMerge {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'from_key', ...varchar(400) })
  fromKey: string;

  @Column({ name: 'into_key', ...varchar(400) })
  intoKey: string;

  /** The aggregated cases as they were when merged (the source one is gone since). */
  @Column({ name: 'from_aggregated_case_id', type: 'integer' })
  fromAggregatedCaseId: number;

  @Column({ name: 'into_aggregated_case_id', type: 'integer' })
  intoAggregatedCaseId: number;

  @Column({ ...varchar(500) })
  reason: string;

  @Column({ name: 'actor_id', type: 'integer' })
  actorId: number;

  @Column({ name: 'actor_name', ...varchar(100) })
  actorName: string;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;
}
