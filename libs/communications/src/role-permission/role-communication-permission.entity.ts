import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CommunicationType } from '../communication-type/communication-type.entity.js';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';

/**
 * A communication type the holders of a role may send on a channel. Identity's roles carry the
 * coarse permissions (`communications:send`); this table the fine ones the sending checks use.
 */
@Entity('role_communication_permission')
@Index('idx_role_communication_permission_type', ['communicationTypeId'])
@Index('idx_role_communication_permission_channel', ['sendChannelTypeId'])
export class RoleCommunicationPermission {
  @PrimaryColumn({ name: 'role_id', type: 'integer' })
  roleId: number;

  @PrimaryColumn({ name: 'communication_type_id', type: 'integer' })
  communicationTypeId: number;

  @PrimaryColumn({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @ManyToOne(() => CommunicationType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communication_type_id', foreignKeyConstraintName: 'fk_role_communication_permission_type' })
  communicationType?: Relation<CommunicationType>;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_role_communication_permission_channel' })
  sendChannelType?: Relation<SendChannelType>;
}
