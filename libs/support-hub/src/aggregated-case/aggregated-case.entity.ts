import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import type { CaseStatus } from '../consolidation/consolidate.js';

/** Cases that share a key (by default normalized provider + error code), worked on as one. */
@Entity('aggregated_case')
@Index('uq_aggregated_case_group_key', ['groupKey'], { unique: true })
@Index('idx_aggregated_case_provider', ['provider', 'lastSeen'])
@Index('idx_aggregated_case_error_code', ['errorCode', 'lastSeen'])
@Index('idx_aggregated_case_status', ['status', 'lastSeen'])
@Index('idx_aggregated_case_last_seen', ['lastSeen'])
@Index('idx_aggregated_case_first_seen', ['firstSeen'])
@Index('idx_aggregated_case_case_count', ['caseCount'])
@Index('idx_aggregated_case_open_count', ['openCount'])
export class AggregatedCase {
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** `provider=vodafone|errorCode=E1101`, or `split:…` for cases split out by hand. */
  @Column({ name: 'group_key', ...varchar(400) })
  groupKey: string;

  @Column({ ...varchar(100) })
  provider: string;

  @Column({ name: 'error_code', ...varchar(100) })
  errorCode: string;

  /** Open while any member is open. */
  @Column({ ...varchar(10) })
  status: CaseStatus;

  @Column({ name: 'case_count', type: 'integer' })
  caseCount: number;

  @Column({ name: 'open_count', type: 'integer' })
  openCount: number;

  /** Comma-separated, sorted: `banana,strawberry`. */
  @Column({ ...varchar(100) })
  sources: string;

  @Column({ name: 'first_seen', ...TIMESTAMP })
  firstSeen: Date;

  @Column({ name: 'last_seen', ...TIMESTAMP })
  lastSeen: Date;

  @Column({ ...varchar(500) })
  title: string;

  /** Given by people (PATCH); null until then. Not in the refresh's upsert columns, so refreshes keep it. */
  @Column({ ...varchar(200), nullable: true })
  name: string | null;

  /** Derived at write time: lower-cased provider, code, raw spellings and titles, for `q`. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
