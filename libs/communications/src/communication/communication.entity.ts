import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { JSON_TEXT, jsonTransformer, TIMESTAMP, varchar } from '@contactly/platform';
import { CommunicationType } from '../communication-type/communication-type.entity.js';
import { Department } from '../department/department.entity.js';
import { Document } from '../document/document.entity.js';
import type { ChannelKind } from '../send-channel-type/send-channel-type.entity.js';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';
import type { CommunicationStatus } from './communication-status.js';
import { Mailing } from './mailing.entity.js';

/**
 * One communication to one recipient: a client of a mailing, or the address of a transactional
 * message (a one-time code, a password reset) that the platform's Notifier port sent. Everything the
 * dispatcher needs is on the row (address, rendered text, channel kind), and what the statistics
 * will ask is derived when it happens (the local weekday and hour of the send), so neither has to
 * join anything at volume. Who sent it is its mailing's (one row there, not one per recipient).
 */
@Entity('communication')
@Index('idx_communication_due', ['status', 'dueAt'])
@Index('idx_communication_mailing', ['mailingId', 'status'])
@Index('idx_communication_client', ['clientId', 'sendChannelTypeId', 'scheduledAt'])
@Index('idx_communication_type', ['communicationTypeId'])
@Index('idx_communication_channel', ['sendChannelTypeId'])
@Index('idx_communication_document', ['documentId'])
@Index('idx_communication_department', ['departmentId', 'status'])
@Index('idx_communication_name_key', ['nameKey'])
@Index('idx_communication_claim_token', ['claimToken'])
export class Communication {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** Null for a transactional message. */
  @Column({ name: 'mailing_id', type: 'integer', nullable: true })
  mailingId: number | null;

  @ManyToOne(() => Mailing, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'mailing_id', foreignKeyConstraintName: 'fk_communication_mailing' })
  mailing?: Relation<Mailing>;

  /** The mailing's name, or the purpose of a transactional message (`registration-otp`). */
  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  /** The client; null for a transactional message to an address, or when the party was deleted since. */
  @Column({ name: 'client_id', type: 'integer', nullable: true })
  clientId: number | null;

  @Column({ name: 'communication_type_id', type: 'integer', nullable: true })
  communicationTypeId: number | null;

  @ManyToOne(() => CommunicationType, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'communication_type_id', foreignKeyConstraintName: 'fk_communication_type' })
  communicationType?: Relation<CommunicationType>;

  /** Null only for a transactional message when no channel of its kind is defined. */
  @Column({ name: 'send_channel_type_id', type: 'integer', nullable: true })
  sendChannelTypeId: number | null;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_communication_channel' })
  sendChannelType?: Relation<SendChannelType>;

  /** The channel's kind when it was created: it decides the provider. */
  @Column({ name: 'channel_kind', ...varchar(20) })
  channelKind: ChannelKind;

  @Column({ name: 'document_id', type: 'integer', nullable: true })
  documentId: number | null;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_communication_document' })
  document?: Relation<Document>;

  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_communication_department' })
  department?: Relation<Department>;

  /** A one-time code or a reset link: bypasses caps and bookings; its text is never shown and is wiped once sent. */
  @Column({ type: 'boolean', default: false })
  transactional: boolean;

  @Column({ ...varchar(12) })
  status: CommunicationStatus;

  /** Why it was skipped or moved (`CHANNEL_BLOCKED`, `QUIET_HOURS`, …). */
  @Column({ ...varchar(40), nullable: true })
  reason: string | null;

  @Column({ name: 'reason_detail', ...varchar(500), nullable: true })
  reasonDetail: string | null;

  /** Where it goes: an email address, a phone number, a push target; null when the client has none. */
  @Column({ ...varchar(254), nullable: true })
  address: string | null;

  @Column({ ...varchar(500), nullable: true })
  subject: string | null;

  /** The text as rendered for this recipient. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** The zone of the recipient's local time (theirs, else their department rule's, else UTC). */
  @Column({ name: 'time_zone', ...varchar(64) })
  timeZone: string;

  /** When the sender asked for it to go. */
  @Column({ name: 'requested_at', ...TIMESTAMP })
  requestedAt: Date;

  /** When it is (was) to go: the asked time, or the end of quiet hours. */
  @Column({ name: 'scheduled_at', ...TIMESTAMP })
  scheduledAt: Date;

  /**
   * When the dispatcher takes it (scheduled: the planned time, then the next retry; sending: when
   * an unfinished claim expires); null once it is no longer pending.
   */
  @Column({ name: 'due_at', ...TIMESTAMP, nullable: true })
  dueAt: Date | null;

  @Column({ type: 'integer' })
  attempts: number;

  /** The dispatcher's claim that took it (while `sending`), so a claim that cannot finish gives it back. */
  @Column({ name: 'claim_token', ...varchar(36), nullable: true })
  claimToken: string | null;

  /** The provider's reason for the latest failed attempt (and so for a failure). */
  @Column({ name: 'last_error', ...varchar(500), nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', ...TIMESTAMP, nullable: true })
  sentAt: Date | null;

  /** Local weekday (1 = Monday) and hour of the send, for the best-time statistics. */
  @Column({ name: 'sent_weekday', type: 'integer', nullable: true })
  sentWeekday: number | null;

  @Column({ name: 'sent_hour', type: 'integer', nullable: true })
  sentHour: number | null;

  @Column({ name: 'delivered_at', ...TIMESTAMP, nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'read_at', ...TIMESTAMP, nullable: true })
  readAt: Date | null;

  @Column({ name: 'responded_at', ...TIMESTAMP, nullable: true })
  respondedAt: Date | null;

  /** When the current status was reached. */
  @Column({ name: 'status_changed_at', ...TIMESTAMP })
  statusChangedAt: Date;

  /** Survey answers of a responded communication. */
  @Column({ ...JSON_TEXT, transformer: jsonTransformer, nullable: true })
  answers: Record<string, unknown> | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
