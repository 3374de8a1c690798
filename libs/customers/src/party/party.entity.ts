import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

export const PARTY_TYPES = ['individual', 'organization'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const PARTY_STATUSES = ['initialized', 'validated', 'closed', 'deceased'] as const;
export const CUSTOMER_STATUSES = ['pending', 'active', 'suspended', 'closed'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/**
 * One person or organization, and — when it is one — the customer it is. The TMF632 party, the
 * TMF629 customer and the communications platform's client are projections of this one row (that
 * platform keeps its own attributes of a client in its `client_profile`).
 */
@Entity('party')
@Index('idx_party_type', ['partyType'])
@Index('idx_party_affiliate', ['affiliateId', 'id'])
@Index('idx_party_customer', ['isCustomer', 'customerStatus'])
@Index('idx_party_family_name', ['familyName'])
@Index('idx_party_trading_name', ['tradingName'])
@Index('idx_party_created_at', ['createdAt'])
@Index('idx_party_updated_at', ['updatedAt'])
export class Party {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'party_type', ...varchar(20) })
  partyType: PartyType;

  @Column({ name: 'given_name', ...varchar(100), nullable: true })
  givenName: string | null;

  @Column({ name: 'middle_name', ...varchar(100), nullable: true })
  middleName: string | null;

  @Column({ name: 'family_name', ...varchar(100), nullable: true })
  familyName: string | null;

  @Column({ ...varchar(40), nullable: true })
  title: string | null;

  @Column({ ...varchar(20), nullable: true })
  gender: string | null;

  /** ISO date `YYYY-MM-DD`. */
  @Column({ name: 'birth_date', ...varchar(10), nullable: true })
  birthDate: string | null;

  @Column({ ...varchar(60), nullable: true })
  nationality: string | null;

  @Column({ name: 'trading_name', ...varchar(200), nullable: true })
  tradingName: string | null;

  @Column({ name: 'legal_name', ...varchar(200), nullable: true })
  legalName: string | null;

  @Column({ name: 'organization_type', ...varchar(60), nullable: true })
  organizationType: string | null;

  /** Display name, derived at write time: "Given Middle Family" or the trading name. */
  @Column({ name: 'full_name', ...varchar(300) })
  fullName: string;

  @Column({ ...varchar(20) })
  status: string;

  @Column({ name: 'is_customer', type: 'boolean', default: false })
  isCustomer: boolean;

  @Column({ name: 'customer_name', ...varchar(300), nullable: true })
  customerName: string | null;

  @Column({ name: 'customer_status', ...varchar(20), nullable: true })
  customerStatus: CustomerStatus | null;

  @Column({ name: 'customer_status_reason', ...varchar(300), nullable: true })
  customerStatusReason: string | null;

  @Column({ name: 'customer_since', ...TIMESTAMP, nullable: true })
  customerSince: Date | null;

  /**
   * The affiliate that brought and owns this party (identity's id); null for the operator's own. No
   * relation or key across libs: CustomersReferences refuses deleting an affiliate that owns parties.
   */
  @Column({ name: 'affiliate_id', type: 'integer', nullable: true })
  affiliateId: number | null;

  /** Preferred email and phone, copied from the contact media at write time for search and lists. */
  @Column({ ...varchar(254), nullable: true })
  email: string | null;

  @Column({ ...varchar(20), nullable: true })
  phone: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
