import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

export const AFFILIATE_STATUSES = ['active', 'suspended'] as const;
export type AffiliateStatus = (typeof AFFILIATE_STATUSES)[number];

/** A partner that integrates over the API and owns the customers it brings. */
@Entity('affiliate')
@Index('uq_affiliate_name_key', ['nameKey'], { unique: true })
@Index('uq_affiliate_code', ['code'], { unique: true })
@Index('idx_affiliate_status', ['status'])
@Index('idx_affiliate_created_at', ['createdAt'])
export class Affiliate {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  /** Lower-cased name: uniqueness that ignores case on both dialects. */
  @Column({ name: 'name_key', ...varchar(200) })
  nameKey: string;

  /** Short slug, used in the usernames of its API credentials. */
  @Column({ ...varchar(40) })
  code: string;

  @Column({ name: 'contact_email', ...varchar(254), nullable: true })
  contactEmail: string | null;

  @Column({ ...varchar(20) })
  status: AffiliateStatus;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
