import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { BookingStatusType } from '../booking-status-type/booking-status-type.entity.js';
import { CommunicationType } from '../communication-type/communication-type.entity.js';
import { Department } from '../department/department.entity.js';
import { Document } from '../document/document.entity.js';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';

/**
 * A reservation of one client or a group (booking_client) until `beforeDate`, by a department, for
 * a purpose: the communication it is kept for (its type, channel, document, all optional). While
 * its status holds clients, other departments can neither book nor reach them.
 */
@Entity('booking')
@Index('idx_booking_name_key', ['nameKey'])
@Index('idx_booking_department', ['departmentId', 'beforeDate'])
@Index('idx_booking_before_date', ['beforeDate'])
@Index('idx_booking_status', ['statusTypeId'])
@Index('idx_booking_type', ['communicationTypeId'])
@Index('idx_booking_channel', ['sendChannelTypeId'])
@Index('idx_booking_document', ['documentId'])
@Index('idx_booking_booked_by', ['bookedByUserId'])
export class Booking {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200), nullable: true })
  name: string | null;

  @Column({ name: 'name_key', ...varchar(200), nullable: true })
  nameKey: string | null;

  /** Null: booked by someone who is no department's employee (an administrator). */
  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_booking_department' })
  department?: Relation<Department>;

  @Column({ ...varchar(500), nullable: true })
  purpose: string | null;

  @Column({ name: 'communication_type_id', type: 'integer', nullable: true })
  communicationTypeId: number | null;

  @ManyToOne(() => CommunicationType, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'communication_type_id', foreignKeyConstraintName: 'fk_booking_type' })
  communicationType?: Relation<CommunicationType>;

  @Column({ name: 'send_channel_type_id', type: 'integer', nullable: true })
  sendChannelTypeId: number | null;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_booking_channel' })
  sendChannelType?: Relation<SendChannelType>;

  @Column({ name: 'document_id', type: 'integer', nullable: true })
  documentId: number | null;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_booking_document' })
  document?: Relation<Document>;

  @Column({ name: 'status_type_id', type: 'integer' })
  statusTypeId: number;

  @ManyToOne(() => BookingStatusType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_type_id', foreignKeyConstraintName: 'fk_booking_status_type' })
  statusType?: Relation<BookingStatusType>;

  @Column({ name: 'before_date', ...TIMESTAMP })
  beforeDate: Date;

  @Column({ name: 'booked_by_user_id', type: 'integer', nullable: true })
  bookedByUserId: number | null;

  /** The username that booked, kept when the login is gone. */
  @Column({ name: 'booked_by_name', ...varchar(100) })
  bookedByName: string;

  /** Clients in the booking, kept at write time so lists need no count per row. */
  @Column({ name: 'client_count', type: 'integer' })
  clientCount: number;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}

/** A client in a booking. */
@Entity('booking_client')
@Index('idx_booking_client_client', ['clientId', 'bookingId'])
export class BookingClient {
  @PrimaryColumn({ name: 'booking_id', type: 'integer' })
  bookingId: number;

  @PrimaryColumn({ name: 'client_id', type: 'integer' })
  clientId: number;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_booking_client_booking' })
  booking?: Relation<Booking>;
}
