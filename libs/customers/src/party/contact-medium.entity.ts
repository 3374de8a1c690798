import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { varchar } from '@contactly/platform';
import { Party } from './party.entity.js';

export const MEDIUM_TYPES = ['email', 'phone', 'postalAddress'] as const;
export type MediumType = (typeof MEDIUM_TYPES)[number];

/** An email address, phone number or postal address of a party (TMF ContactMedium). */
@Entity('contact_medium')
@Index('idx_contact_medium_party', ['partyId'])
export class ContactMedium {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'party_id', type: 'integer' })
  partyId: number;

  @ManyToOne(() => Party, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_contact_medium_party' })
  party?: Relation<Party>;

  @Column({ name: 'medium_type', ...varchar(20) })
  mediumType: MediumType;

  @Column({ type: 'boolean', default: false })
  preferred: boolean;

  @Column({ name: 'email_address', ...varchar(254), nullable: true })
  emailAddress: string | null;

  /** E.164, e.g. +447700900123. */
  @Column({ name: 'phone_number', ...varchar(20), nullable: true })
  phoneNumber: string | null;

  @Column({ ...varchar(200), nullable: true })
  street1: string | null;

  @Column({ ...varchar(200), nullable: true })
  street2: string | null;

  @Column({ ...varchar(100), nullable: true })
  city: string | null;

  @Column({ name: 'post_code', ...varchar(20), nullable: true })
  postCode: string | null;

  @Column({ name: 'state_or_province', ...varchar(100), nullable: true })
  stateOrProvince: string | null;

  @Column({ ...varchar(60), nullable: true })
  country: string | null;
}
