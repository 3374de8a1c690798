import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnitsTransformer, TIMESTAMP, varchar } from '@contactly/platform';

/**
 * One period of a subscription, written when it starts (the first at creation, the next by each
 * renewal) with the price it is charged at. UNIQUE(subscription, period number) is what makes a
 * renewal happen once: a second renewal of the same period, by another instance or a rerun, fails
 * its insert and rolls back with its whole batch.
 */
@Entity('subscription_period')
@Index('uq_subscription_period', ['subscriptionId', 'periodNumber'], { unique: true })
@Index('idx_subscription_period_created', ['createdAt'])
export class SubscriptionPeriod {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'subscription_id', type: 'integer' })
  subscriptionId: number;

  @Column({ name: 'period_number', type: 'integer' })
  periodNumber: number;

  @Column({ name: 'period_start', ...TIMESTAMP })
  periodStart: Date;

  @Column({ name: 'period_end', ...TIMESTAMP })
  periodEnd: Date;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnitsTransformer })
  amountMinor: number;

  @Column({ ...varchar(3) })
  currency: string;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;
}
