import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import type { ResourceType } from '../resource/number-resource.entity.js';

export const RESERVATION_STATUSES = ['active', 'released', 'expired', 'fulfilled'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/**
 * A hold on one number for a customer or a cart until it expires. Customer-owned: its scope is its
 * customer's; one made without a customer (a cart's) belongs to the affiliate that made it, so
 * another affiliate never sees it. It stays as a record once released, expired or fulfilled.
 */
@Entity('number_reservation')
@Index('idx_number_reservation_resource', ['resourceId'])
@Index('idx_number_reservation_party', ['partyId'])
@Index('idx_number_reservation_affiliate', ['affiliateId'])
@Index('idx_number_reservation_cart', ['cartId'])
@Index('idx_number_reservation_status', ['status', 'expiresAt'])
@Index('idx_number_reservation_created_at', ['createdAt'])
export class NumberReservation {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'resource_id', type: 'integer' })
  resourceId: number;

  @Column({ name: 'resource_type', ...varchar(10) })
  resourceType: ResourceType;

  /** The number, kept here so a list shows it without a join. */
  @Column({ ...varchar(20) })
  value: string;

  /** The customer it is for (party id); null for a cart's reservation. */
  @Column({ name: 'party_id', type: 'integer', nullable: true })
  partyId: number | null;

  @Column({ name: 'cart_id', ...varchar(64), nullable: true })
  cartId: string | null;

  /** The affiliate that made it (null for staff and subscribers): owns it when it names no customer. */
  @Column({ name: 'affiliate_id', type: 'integer', nullable: true })
  affiliateId: number | null;

  @Column({ ...varchar(20) })
  status: ReservationStatus;

  @Column({ name: 'expires_at', ...TIMESTAMP })
  expiresAt: Date;

  @Column({ name: 'created_by', ...varchar(100) })
  createdBy: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
