import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { JSON_TEXT, jsonTransformer, TIMESTAMP, varchar } from '@contactly/platform';
import { ClientGroup } from '../client-group/client-group.entity.js';
import { CommunicationType } from '../communication-type/communication-type.entity.js';
import { Department } from '../department/department.entity.js';
import { Document } from '../document/document.entity.js';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';

export const RECIPIENT_KINDS = ['clientIds', 'filter', 'group'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * One `POST /api/v1/communications`: what was sent (type, channel, document and its variables), by
 * whom for which department, to whom (the recipient form) and when; one communication per
 * recipient belongs to it. The figures of its creation are kept (how many were scheduled, moved by
 * quiet hours, skipped and why), so the request can be explained later without recounting.
 */
@Entity('mailing')
@Index('idx_mailing_name_key', ['nameKey'])
@Index('idx_mailing_type', ['communicationTypeId'])
@Index('idx_mailing_channel', ['sendChannelTypeId'])
@Index('idx_mailing_document', ['documentId'])
@Index('idx_mailing_department', ['departmentId', 'id'])
@Index('idx_mailing_sender', ['senderUserId'])
@Index('idx_mailing_group', ['groupId'])
@Index('idx_mailing_created_at', ['createdAt'])
export class Mailing {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  @Column({ name: 'communication_type_id', type: 'integer' })
  communicationTypeId: number;

  @ManyToOne(() => CommunicationType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communication_type_id', foreignKeyConstraintName: 'fk_mailing_type' })
  communicationType?: Relation<CommunicationType>;

  @Column({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_mailing_channel' })
  sendChannelType?: Relation<SendChannelType>;

  @Column({ name: 'document_id', type: 'integer' })
  documentId: number;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'fk_mailing_document' })
  document?: Relation<Document>;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_mailing_department' })
  department?: Relation<Department>;

  @Column({ name: 'sender_user_id', type: 'integer', nullable: true })
  senderUserId: number | null;

  /** The username that sent, kept when the login is gone. */
  @Column({ name: 'sender_name', ...varchar(100) })
  senderName: string;

  @Column({ name: 'recipient_kind', ...varchar(10) })
  recipientKind: RecipientKind;

  /** The saved group sent to (recipients `groupId`); null when the group was deleted since. */
  @Column({ name: 'group_id', type: 'integer', nullable: true })
  groupId: number | null;

  @ManyToOne(() => ClientGroup, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_mailing_group' })
  group?: Relation<ClientGroup>;

  /** The client-list filters sent to (recipients `filter`). */
  @Column({ name: 'recipient_filter', ...JSON_TEXT, transformer: jsonTransformer, nullable: true })
  recipientFilter: Record<string, string> | null;

  /** The values every recipient's template got (per-client values live in each communication's text). */
  @Column({ ...JSON_TEXT, transformer: jsonTransformer })
  variables: Record<string, string>;

  /** The one time asked for all recipients, or null (as soon as possible, or per client). */
  @Column({ name: 'scheduled_at', ...TIMESTAMP, nullable: true })
  scheduledAt: Date | null;

  @Column({ name: 'recipient_count', type: 'integer' })
  recipientCount: number;

  @Column({ name: 'scheduled_count', type: 'integer' })
  scheduledCount: number;

  /** Scheduled, but later than asked: the asked time fell in quiet hours. */
  @Column({ name: 'moved_count', type: 'integer' })
  movedCount: number;

  @Column({ name: 'skipped_count', type: 'integer' })
  skippedCount: number;

  /** Skipped recipients by reason code, e.g. `{"CHANNEL_BLOCKED": 3}`. */
  @Column({ name: 'skipped_by_reason', ...JSON_TEXT, transformer: jsonTransformer })
  skippedByReason: Record<string, number>;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
