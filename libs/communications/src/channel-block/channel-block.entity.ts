import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';

/** A channel a client must not be reached on: until a date, or for good (`until` null), with a reason. */
@Entity('channel_block')
@Index('idx_channel_block_client', ['clientId', 'sendChannelTypeId'])
@Index('idx_channel_block_channel', ['sendChannelTypeId'])
@Index('idx_channel_block_until', ['until'])
@Index('idx_channel_block_created_at', ['createdAt'])
@Index('idx_channel_block_blocked_by', ['blockedByUserId'])
export class ChannelBlock {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'client_id', type: 'integer' })
  clientId: number;

  @Column({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_channel_block_channel' })
  sendChannelType?: Relation<SendChannelType>;

  /** Null: permanent. */
  @Column({ ...TIMESTAMP, nullable: true })
  until: Date | null;

  @Column({ ...varchar(500) })
  reason: string;

  @Column({ name: 'blocked_by_user_id', type: 'integer', nullable: true })
  blockedByUserId: number | null;

  @Column({ name: 'blocked_by_name', ...varchar(100) })
  blockedByName: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
