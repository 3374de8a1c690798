import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { varchar } from '@contactly/platform';
import { CommunicationType } from '../communication-type/communication-type.entity.js';
import { SendChannelType } from '../send-channel-type/send-channel-type.entity.js';
import { DepartmentRule } from './department-rule.entity.js';

export const CAP_PERIODS = ['hour', 'day', 'week', 'month'] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

/** A communication type the rule allows on a channel. */
@Entity('rule_allowance')
@Index('idx_rule_allowance_type', ['communicationTypeId'])
@Index('idx_rule_allowance_channel', ['sendChannelTypeId'])
export class RuleAllowance {
  @PrimaryColumn({ name: 'rule_id', type: 'integer' })
  ruleId: number;

  @PrimaryColumn({ name: 'communication_type_id', type: 'integer' })
  communicationTypeId: number;

  @PrimaryColumn({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @ManyToOne(() => DepartmentRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_rule_allowance_rule' })
  rule?: Relation<DepartmentRule>;

  @ManyToOne(() => CommunicationType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'communication_type_id', foreignKeyConstraintName: 'fk_rule_allowance_type' })
  communicationType?: Relation<CommunicationType>;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_rule_allowance_channel' })
  sendChannelType?: Relation<SendChannelType>;
}

/** At most `maxCount` communications to one client on the channel per period. */
@Entity('rule_frequency_cap')
@Index('idx_rule_frequency_cap_channel', ['sendChannelTypeId'])
export class RuleFrequencyCap {
  @PrimaryColumn({ name: 'rule_id', type: 'integer' })
  ruleId: number;

  @PrimaryColumn({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @PrimaryColumn({ ...varchar(10) })
  period: CapPeriod;

  @Column({ name: 'max_count', type: 'integer' })
  maxCount: number;

  @ManyToOne(() => DepartmentRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_rule_frequency_cap_rule' })
  rule?: Relation<DepartmentRule>;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_rule_frequency_cap_channel' })
  sendChannelType?: Relation<SendChannelType>;
}

/** The channel at `position` (1 = most preferred) when a communication may go on several. */
@Entity('rule_channel_preference')
@Index('uq_rule_channel_preference_channel', ['ruleId', 'sendChannelTypeId'], { unique: true })
@Index('idx_rule_channel_preference_channel', ['sendChannelTypeId'])
export class RuleChannelPreference {
  @PrimaryColumn({ name: 'rule_id', type: 'integer' })
  ruleId: number;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ name: 'send_channel_type_id', type: 'integer' })
  sendChannelTypeId: number;

  @ManyToOne(() => DepartmentRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'fk_rule_channel_preference_rule' })
  rule?: Relation<DepartmentRule>;

  @ManyToOne(() => SendChannelType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'send_channel_type_id', foreignKeyConstraintName: 'fk_rule_channel_preference_channel' })
  sendChannelType?: Relation<SendChannelType>;
}
