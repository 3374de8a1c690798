import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import { AggregatedCase } from '../aggregated-case/aggregated-case.entity.js';
import type { CaseStatus } from '../consolidation/consolidate.js';

/**
 * One CRM case as the hub keeps it (a member of an aggregated case): the vendor's values, their
 * normalized forms, and the key and rules that placed it in its group.
 */
@Entity('support_case')
@Index('uq_support_case_source_external', ['source', 'externalId'], { unique: true })
@Index('idx_support_case_aggregated', ['aggregatedCaseId', 'updatedAt'])
@Index('idx_support_case_customer_ref', ['customerRef', 'updatedAt'])
@Index('idx_support_case_provider', ['provider'])
@Index('idx_support_case_error_code', ['errorCode'])
@Index('idx_support_case_status', ['status'])
@Index('idx_support_case_updated_at', ['updatedAt'])
export class SupportCase {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(20) })
  source: string;

  @Column({ name: 'external_id', ...varchar(100) })
  externalId: string;

  /** As the vendor spelled it; null when it sent none. */
  @Column({ name: 'provider_raw', ...varchar(200), nullable: true })
  providerRaw: string | null;

  @Column({ name: 'error_code_raw', ...varchar(100), nullable: true })
  errorCodeRaw: string | null;

  /** After normalization and aliases (`unclassified` when missing). */
  @Column({ ...varchar(100) })
  provider: string;

  @Column({ name: 'error_code', ...varchar(100) })
  errorCode: string;

  @Column({ ...varchar(10) })
  status: CaseStatus;

  /** The vendor's own status word. */
  @Column({ name: 'source_status', ...varchar(20) })
  sourceStatus: string;

  @Column({ ...varchar(500) })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** The customer's email, lower case, when the vendor names one. */
  @Column({ name: 'customer_ref', ...varchar(254), nullable: true })
  customerRef: string | null;

  /** The vendor's creation and update times. */
  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;

  /** The key the grouping rules gave it at the last refresh (before merges and splits). */
  @Column({ name: 'rule_key', ...varchar(400) })
  ruleKey: string;

  /** Ids of the alias and rewrite rules that applied, comma-separated. */
  @Column({ name: 'applied_rules', ...varchar(200) })
  appliedRules: string;

  @Column({ name: 'aggregated_case_id', type: 'integer', nullable: true })
  aggregatedCaseId: number | null;

  @ManyToOne(() => AggregatedCase, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'aggregated_case_id', foreignKeyConstraintName: 'fk_support_case_aggregated_case' })
  aggregatedCase?: Relation<AggregatedCase>;

  /** Hash of the vendor's values: a refresh rewrites the row only when it changes. */
  @Column({ ...varchar(32) })
  fingerprint: string;

  @Column({ name: 'first_fetched_at', ...TIMESTAMP })
  firstFetchedAt: Date;

  @Column({ name: 'last_changed_at', ...TIMESTAMP })
  lastChangedAt: Date;
}
