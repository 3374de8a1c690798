import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { User } from '../user/user.entity.js';

export const TOKEN_SPENT_REASONS = ['used', 'superseded'] as const;
export type TokenSpentReason = (typeof TOKEN_SPENT_REASONS)[number];

/**
 * A password-reset token sent to a user. Only the SHA-256 of the token is stored: whoever reads the
 * table cannot reset anyone's password. A token is spent once: used, or superseded by a newer one.
 */
@Entity('password_reset_token')
@Index('uq_password_reset_token_hash', ['tokenHash'], { unique: true })
@Index('idx_password_reset_token_user', ['userId', 'createdAt'])
@Index('idx_password_reset_token_expiry', ['expiresAt'])
export class PasswordResetToken {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_reset_token_user' })
  user?: Relation<User>;

  /** Hex SHA-256 of the token. */
  @Column({ name: 'token_hash', ...varchar(64) })
  tokenHash: string;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'expires_at', ...TIMESTAMP })
  expiresAt: Date;

  @Column({ name: 'spent_at', ...TIMESTAMP, nullable: true })
  spentAt: Date | null;

  @Column({ name: 'spent_reason', ...varchar(20), nullable: true })
  spentReason: TokenSpentReason | null;
}
