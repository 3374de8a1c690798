import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';

/**
 * What the three TMF666 bill reference resources share: an operator-wide catalogue entry that
 * billing, party and settlement accounts refer to in their `billStructure`. Its key is the id (as
 * in TMF666); two entries may share a name.
 */
export abstract class BillReference {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(100) })
  name: string;

  @Column({ ...varchar(500), nullable: true })
  description: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}

/** How a bill is laid out (TMF666 BillFormat), e.g. "Detailed" or "Summary". */
@Entity('bill_format')
@Index('idx_bill_format_name', ['name'])
export class BillFormat extends BillReference {}

/** How a bill reaches the customer (TMF666 BillPresentationMedia), e.g. "Email" or "Paper". */
@Entity('bill_presentation_media')
@Index('idx_bill_presentation_media_name', ['name'])
export class BillPresentationMedia extends BillReference {}

/** When a billing cycle starts and its offsets (TMF666 BillingCycleSpecification). */
@Entity('billing_cycle_specification')
@Index('idx_billing_cycle_specification_name', ['name'])
export class BillingCycleSpecification extends BillReference {
  /** e.g. `monthly`. */
  @Column({ ...varchar(40), nullable: true })
  frequency: string | null;

  /** e.g. `month`, `quarter`. */
  @Column({ name: 'billing_period', ...varchar(40), nullable: true })
  billingPeriod: string | null;

  /** Days from the start of the period to the billing date. */
  @Column({ name: 'billing_date_shift', type: 'integer', nullable: true })
  billingDateShift: number | null;

  @Column({ name: 'charge_date_offset', type: 'integer', nullable: true })
  chargeDateOffset: number | null;

  @Column({ name: 'credit_date_offset', type: 'integer', nullable: true })
  creditDateOffset: number | null;

  @Column({ name: 'mailing_date_offset', type: 'integer', nullable: true })
  mailingDateOffset: number | null;

  @Column({ name: 'payment_due_date_offset', type: 'integer', nullable: true })
  paymentDueDateOffset: number | null;

  @Column({ name: 'valid_from', ...TIMESTAMP, nullable: true })
  validFrom: Date | null;

  @Column({ name: 'valid_to', ...TIMESTAMP, nullable: true })
  validTo: Date | null;
}
