import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { minorUnitsTransformer, TIMESTAMP, varchar } from '@contactly/platform';

/** TMF637 product statuses (the spec's `aborted ` with its stray space is `aborted` here). */
export const PRODUCT_STATUSES = [
  'created',
  'pendingActive',
  'active',
  'suspended',
  'pendingTerminate',
  'terminated',
  'cancelled',
  'aborted',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** The units of a recurring price's period (the catalog's recurring periods). */
export type PeriodUnit = 'month' | 'year';

/**
 * A customer's subscription (a TMF637 product): what was sold (the offering and the chosen price,
 * copied as they were when it was sold, so a later catalog change does not rewrite history), to
 * whom, billed to which account, and where it stands: status, current period, auto-renewal and a
 * scheduled cancellation. The customer, offering, price and account are other libs' rows, named by id.
 */
@Entity('subscription')
@Index('idx_subscription_customer', ['customerId'])
@Index('idx_subscription_offering', ['offeringId'])
@Index('idx_subscription_price', ['priceId'])
@Index('idx_subscription_billing_account', ['billingAccountId'])
@Index('idx_subscription_name', ['name'])
@Index('idx_subscription_due', ['status', 'currentPeriodEnd'])
@Index('idx_subscription_period_end', ['currentPeriodEnd'])
@Index('idx_subscription_start', ['startDate'])
@Index('idx_subscription_termination', ['terminationDate'])
@Index('idx_subscription_auto_renew', ['autoRenew'])
@Index('idx_subscription_bundle', ['isBundle'])
@Index('idx_subscription_updated', ['updatedAt'])
export class Subscription {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** The customer (a party that is a customer) it belongs to: its scope. */
  @Column({ name: 'customer_id', type: 'integer' })
  customerId: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ name: 'offering_id', type: 'integer' })
  offeringId: number;

  @Column({ name: 'offering_name', ...varchar(200) })
  offeringName: string;

  @Column({ name: 'is_bundle', type: 'boolean', default: false })
  isBundle: boolean;

  @Column({ name: 'price_id', type: 'integer' })
  priceId: number;

  @Column({ name: 'price_name', ...varchar(200) })
  priceName: string;

  @Column({ name: 'price_amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  priceAmountMinor: number;

  @Column({ ...varchar(3) })
  currency: string;

  @Column({ name: 'period_unit', ...varchar(10) })
  periodUnit: PeriodUnit;

  @Column({ name: 'period_length', type: 'integer' })
  periodLength: number;

  @Column({ name: 'billing_account_id', type: 'integer' })
  billingAccountId: number;

  @Column({ ...varchar(20) })
  status: ProductStatus;

  @Column({ name: 'start_date', ...TIMESTAMP })
  startDate: Date;

  /** When it ended (terminated, cancelled or aborted). */
  @Column({ name: 'termination_date', ...TIMESTAMP, nullable: true })
  terminationDate: Date | null;

  @Column({ name: 'current_period_start', ...TIMESTAMP })
  currentPeriodStart: Date;

  @Column({ name: 'current_period_end', ...TIMESTAMP })
  currentPeriodEnd: Date;

  /** 1 for the first period; each renewal adds one (and a subscription_period row). */
  @Column({ name: 'period_number', type: 'integer' })
  periodNumber: number;

  @Column({ name: 'auto_renew', type: 'boolean', default: true })
  autoRenew: boolean;

  /** A scheduled cancellation (pendingTerminate): when it takes effect… */
  @Column({ name: 'cancel_at', ...TIMESTAMP, nullable: true })
  cancelAt: Date | null;

  /** …and why, for a cancellation now or scheduled (kept after it took effect). */
  @Column({ name: 'cancel_reason', ...varchar(30), nullable: true })
  cancelReason: string | null;

  @Column({ name: 'cancel_comment', ...varchar(1000), nullable: true })
  cancelComment: string | null;

  @Column({ name: 'cancel_requested_by', ...varchar(100), nullable: true })
  cancelRequestedBy: string | null;

  @Column({ name: 'cancel_requested_at', ...TIMESTAMP, nullable: true })
  cancelRequestedAt: Date | null;

  @Column({ name: 'suspended_at', ...TIMESTAMP, nullable: true })
  suspendedAt: Date | null;

  @Column({ name: 'suspension_reason', ...varchar(500), nullable: true })
  suspensionReason: string | null;

  @VersionColumn()
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
