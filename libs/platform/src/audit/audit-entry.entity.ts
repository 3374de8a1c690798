import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSON_TEXT, TIMESTAMP, varchar } from '../database/column-types.js';

/** Who did what to which record, with the fields it changed (before → after). */
@Entity('audit_entry')
@Index('idx_audit_entry_resource', ['resourceType', 'resourceId', 'id'])
@Index('idx_audit_entry_actor', ['actorId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'actor_id', type: 'integer' })
  actorId: number;

  @Column({ name: 'actor_name', ...varchar(100) })
  actorName: string;

  @Column({ ...varchar(40) })
  action: string;

  @Column({ name: 'resource_type', ...varchar(60) })
  resourceType: string;

  @Column({ name: 'resource_id', ...varchar(64) })
  resourceId: string;

  /** JSON `{ field: { before, after } }` of what changed. */
  @Column({ ...JSON_TEXT })
  changes: string;

  @Column({ ...varchar(500), nullable: true })
  reason: string | null;

  @Column({ ...TIMESTAMP })
  at: Date;
}
