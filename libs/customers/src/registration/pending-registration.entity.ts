import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { type MessageChannel, TIMESTAMP, varchar } from '@contactly/platform';
import { Party, type PartyType } from '../party/party.entity.js';

export const REGISTRATION_STATUSES = ['pending', 'verified', 'void'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * A self-registration waiting for its one-time code. Nothing secret is kept in the clear: the
 * password only as its argon2id hash and the code as a salted HMAC, both cleared once the
 * registration is verified or void. The id is a random UUID, so registrations cannot be enumerated.
 */
@Entity('pending_registration')
@Index('idx_pending_registration_email', ['email', 'createdAt'])
@Index('idx_pending_registration_phone', ['phone', 'createdAt'])
@Index('idx_pending_registration_expiry', ['status', 'expiresAt'])
export class PendingRegistration {
  @PrimaryColumn({ ...varchar(36) })
  id: string;

  @Column({ name: 'party_type', ...varchar(20) })
  partyType: PartyType;

  @Column({ name: 'given_name', ...varchar(100), nullable: true })
  givenName: string | null;

  @Column({ name: 'family_name', ...varchar(100), nullable: true })
  familyName: string | null;

  @Column({ name: 'trading_name', ...varchar(200), nullable: true })
  tradingName: string | null;

  /** Lower-cased; becomes the username. */
  @Column({ ...varchar(254) })
  email: string;

  /** E.164. */
  @Column({ ...varchar(20) })
  phone: string;

  @Column({ name: 'password_hash', ...varchar(255), nullable: true })
  passwordHash: string | null;

  @Column({ name: 'otp_channel', ...varchar(10) })
  otpChannel: MessageChannel;

  @Column({ name: 'otp_salt', ...varchar(32), nullable: true })
  otpSalt: string | null;

  /** Hex HMAC-SHA-256 of the code, keyed with the salt. */
  @Column({ name: 'otp_hash', ...varchar(64), nullable: true })
  otpHash: string | null;

  @Column({ name: 'otp_expires_at', ...TIMESTAMP })
  otpExpiresAt: Date;

  /** Tries of any code of this registration; the limit voids it. */
  @Column({ type: 'integer' })
  attempts: number;

  @Column({ type: 'integer' })
  resends: number;

  @Column({ name: 'last_sent_at', ...TIMESTAMP })
  lastSentAt: Date;

  @Column({ ...varchar(20) })
  status: RegistrationStatus;

  /** The end of the registration's life: no code is accepted or sent after it. */
  @Column({ name: 'expires_at', ...TIMESTAMP })
  expiresAt: Date;

  @Column({ name: 'customer_id', type: 'integer', nullable: true })
  customerId: number | null;

  @ManyToOne(() => Party, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_pending_registration_customer' })
  customer?: Relation<Party>;

  /** The login it created (identity's user id; no foreign key across libs: kept as history if the login goes). */
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;

  @Column({ name: 'verified_at', ...TIMESTAMP, nullable: true })
  verifiedAt: Date | null;
}
