import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSON_TEXT, TIMESTAMP, varchar } from '../database/column-types.js';

/** A business event, written in the same transaction as the change it describes. */
@Entity('outbox_event')
@Index('uq_outbox_event_event_id', ['eventId'], { unique: true })
@Index('idx_outbox_event_unpublished', ['publishedAt', 'id'])
@Index('idx_outbox_event_resource', ['resourceType', 'resourceId'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'event_id', ...varchar(36) })
  eventId: string;

  @Column({ name: 'event_type', ...varchar(100) })
  eventType: string;

  @Column({ name: 'resource_type', ...varchar(60) })
  resourceType: string;

  @Column({ name: 'resource_id', ...varchar(64) })
  resourceId: string;

  /** The resource snapshot as JSON text (TMF688 `event` body). */
  @Column({ ...JSON_TEXT })
  payload: string;

  @Column({ name: 'occurred_at', ...TIMESTAMP })
  occurredAt: Date;

  @Column({ name: 'published_at', ...TIMESTAMP, nullable: true })
  publishedAt: Date | null;
}
