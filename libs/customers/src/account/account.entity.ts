import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { minorUnitsTransformer, TIMESTAMP, varchar } from '@contactly/platform';
import { Party } from '../party/party.entity.js';
import { PaymentMethod } from '../payment-method/payment-method.entity.js';
import { BillFormat, BillingCycleSpecification } from './bill-reference/bill-reference.entity.js';

/** The TMF666 account resources, kept in one table: they differ only in the attributes they show. */
export const ACCOUNT_KINDS = ['billing', 'party', 'settlement', 'financial'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ACCOUNT_STATES = ['created', 'active', 'suspended', 'closed'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

/**
 * A billing, party, settlement or financial account of a party (TMF666). Money is kept in integer
 * minor units of the account's currency. A financial account may have no owner: it is then the
 * operator's own and only staff see it.
 */
@Entity('account')
@Index('idx_account_kind', ['kind', 'id'])
@Index('idx_account_party', ['partyId', 'kind'])
@Index('idx_account_state', ['state'])
@Index('idx_account_name', ['name'])
@Index('idx_account_updated_at', ['updatedAt'])
@Index('idx_account_default_payment_method', ['defaultPaymentMethodId'])
@Index('idx_account_financial_account', ['financialAccountId'])
@Index('idx_account_bill_format', ['billFormatId'])
@Index('idx_account_billing_cycle', ['billingCycleSpecificationId'])
export class Account {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'account_kind', ...varchar(20) })
  kind: AccountKind;

  /** The owning party (the customer the account belongs to); null only for an operator's financial account. */
  @Column({ name: 'party_id', type: 'integer', nullable: true })
  partyId: number | null;

  @ManyToOne(() => Party, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'party_id', foreignKeyConstraintName: 'fk_account_party' })
  party?: Relation<Party> | null;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ ...varchar(500), nullable: true })
  description: string | null;

  /** TMF `accountType`: a categorization such as individual or joint (not the resource kind). */
  @Column({ name: 'account_type', ...varchar(60), nullable: true })
  accountType: string | null;

  @Column({ ...varchar(20) })
  state: AccountState;

  /** e.g. due, paid, in arrears. */
  @Column({ name: 'payment_status', ...varchar(40), nullable: true })
  paymentStatus: string | null;

  /** ISO 4217 currency of the balance and the credit limit. */
  @Column({ ...varchar(3) })
  currency: string;

  @Column({ name: 'credit_limit_minor', type: 'bigint', nullable: true, transformer: minorUnitsTransformer })
  creditLimitMinor: number | null;

  /** What the party owes, in minor units; the billing module moves it. */
  @Column({ name: 'balance_minor', type: 'bigint', transformer: minorUnitsTransformer })
  balanceMinor: number;

  @Column({ name: 'default_payment_method_id', type: 'integer', nullable: true })
  defaultPaymentMethodId: number | null;

  @ManyToOne(() => PaymentMethod, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'default_payment_method_id', foreignKeyConstraintName: 'fk_account_default_payment_method' })
  defaultPaymentMethod?: Relation<PaymentMethod> | null;

  @Column({ name: 'financial_account_id', type: 'integer', nullable: true })
  financialAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'financial_account_id', foreignKeyConstraintName: 'fk_account_financial_account' })
  financialAccount?: Relation<Account> | null;

  @Column({ name: 'bill_format_id', type: 'integer', nullable: true })
  billFormatId: number | null;

  @ManyToOne(() => BillFormat, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'bill_format_id', foreignKeyConstraintName: 'fk_account_bill_format' })
  billFormat?: Relation<BillFormat> | null;

  @Column({ name: 'billing_cycle_specification_id', type: 'integer', nullable: true })
  billingCycleSpecificationId: number | null;

  @ManyToOne(() => BillingCycleSpecification, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'billing_cycle_specification_id', foreignKeyConstraintName: 'fk_account_billing_cycle' })
  billingCycleSpecification?: Relation<BillingCycleSpecification> | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  /** TMF `lastModified`. */
  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
