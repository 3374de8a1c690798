import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/** An agent split a case out of its group: it stays in `groupKey` whatever the rules say. */
@Entity('support_hub_split')
@Index('uq_support_hub_split_case', ['source', 'externalId'], { unique: true })
@Index('idx_support_hub_split_group_key', ['groupKey'])
export class CaseSplit {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(20) })
  source: string;

  @Column({ name: 'external_id', ...varchar(100) })
  externalId: string;

  @Column({ name: 'group_key', ...varchar(400) })
  groupKey: string;

  @Column({ name: 'from_aggregated_case_id', type: 'integer' })
  fromAggregatedCaseId: number;

  @Column({ ...varchar(500) })
  reason: string;

  @Column({ name: 'actor_id', type: 'integer' })
  actorId: number;

  @Column({ name: 'actor_name', ...varchar(100) })
  actorName: string;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;
}
