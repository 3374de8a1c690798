import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { type PrincipalKind, TIMESTAMP, varchar } from '@contactly/platform';
import { Affiliate } from '../affiliate/affiliate.entity.js';

/** The languages of the dashboard and of the messages sent to a user. */
export const USER_LOCALES = ['en', 'ru'] as const;
export type UserLocale = (typeof USER_LOCALES)[number];

export const PRINCIPAL_KINDS = ['staff', 'affiliate', 'customer'] as const satisfies readonly PrincipalKind[];

/** Anyone who signs in: an employee (staff), an affiliate's API client, or a subscriber (customer). */
@Entity('user')
@Index('uq_user_username_key', ['usernameKey'], { unique: true })
@Index('idx_user_email', ['email'])
@Index('idx_user_kind', ['kind'])
@Index('idx_user_affiliate', ['affiliateId'])
@Index('idx_user_customer', ['customerId'])
@Index('idx_user_created_at', ['createdAt'])
export class User {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(100) })
  username: string;

  /** Lower-cased username: sign-in and uniqueness ignore case on both dialects. */
  @Column({ name: 'username_key', ...varchar(100) })
  usernameKey: string;

  @Column({ name: 'display_name', ...varchar(200) })
  displayName: string;

  @Column({ ...varchar(254), nullable: true })
  email: string | null;

  @Column({ ...varchar(20) })
  kind: PrincipalKind;

  @Column({ name: 'affiliate_id', type: 'integer', nullable: true })
  affiliateId: number | null;

  @ManyToOne(() => Affiliate, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'affiliate_id', foreignKeyConstraintName: 'fk_user_affiliate' })
  affiliate?: Relation<Affiliate>;

  /** The customer a subscriber signs in as (the customers module links it). */
  @Column({ name: 'customer_id', type: 'integer', nullable: true })
  customerId: number | null;

  @Column({ name: 'password_hash', ...varchar(255), select: true })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;

  @Column({ name: 'password_changed_at', ...TIMESTAMP, nullable: true })
  passwordChangedAt: Date | null;

  /** The interface language the user chose (USER_LOCALES); null until they choose, then the browser's language applies. */
  @Column({ ...varchar(5), nullable: true })
  locale: UserLocale | null;
}
