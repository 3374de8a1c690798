import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '../../database/column-types.js';

/** A listener registered at a TMF API's `/hub`: events of that API are POSTed to its callback. */
@Entity('event_subscription')
@Index('idx_event_subscription_api', ['api'])
export class EventSubscription {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** The TMF API, e.g. `customerManagement`. */
  @Column({ ...varchar(60) })
  api: string;

  @Column({ ...varchar(2000) })
  callback: string;

  /** TMF query filter, e.g. `eventType=CustomerCreateEvent`. */
  @Column({ ...varchar(1000), nullable: true })
  query: string | null;

  /** The user who registered it; events are filtered by that user's scope when delivered. */
  @Column({ name: 'owner_id', type: 'integer' })
  ownerId: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;
}
