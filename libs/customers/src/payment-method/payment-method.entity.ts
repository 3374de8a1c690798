import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { Party } from '../party/party.entity.js';

/** The TMF670 kinds of payment method Contactly keeps: cards, always tokenized at the gateway. */
export const PAYMENT_METHOD_TYPES = ['bankCard', 'tokenizedCard'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

export const PAYMENT_METHOD_STATUSES = ['active', 'inactive'] as const;
export type PaymentMethodStatus = (typeof PAYMENT_METHOD_STATUSES)[number];

/**
 * A card on file of a party (TMF670 PaymentMethod). Only what identifies the card to a person
 * (brand, last 4 digits, expiry, holder) and the gateway's token are kept: the card number and the
 * security code never reach the database.
 */
@Entity('payment_method')
@Index('idx_payment_method_party', ['partyId'])
@Index('idx_payment_method_status', ['status'])
@Index('idx_payment_method_name', ['name'])
@Index('idx_payment_method_updated_at', ['updatedAt'])
export class PaymentMethod {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'party_id', type: 'integer' })
  partyId: number;

  @ManyToOne(() => Party, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_payment_method_party' })
  party?: Relation<Party>;

  @Column({ name: 'method_type', ...varchar(20) })
  methodType: PaymentMethodType;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ ...varchar(500), nullable: true })
  description: string | null;

  @Column({ name: 'is_preferred', type: 'boolean', default: false })
  isPreferred: boolean;

  @Column({ ...varchar(20) })
  status: PaymentMethodStatus;

  @Column({ name: 'status_reason', ...varchar(300), nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_date', ...TIMESTAMP })
  statusDate: Date;

  /** `visa`, `mastercard`, … as the card number's prefix tells. */
  @Column({ name: 'card_brand', ...varchar(20) })
  cardBrand: string;

  @Column({ name: 'card_last4', ...varchar(4) })
  cardLast4: string;

  @Column({ name: 'card_expiry_month', type: 'integer' })
  cardExpiryMonth: number;

  @Column({ name: 'card_expiry_year', type: 'integer' })
  cardExpiryYear: number;

  @Column({ name: 'name_on_card', ...varchar(100) })
  nameOnCard: string;

  /** The payment gateway's reusable token for the card; never shown, never in an event. */
  @Column({ name: 'gateway_token', ...varchar(200) })
  gatewayToken: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
