import { Column, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import type { LifecycleStatus } from './lifecycle-status.js';

/**
 * What every TMF620 entity has: a name, a lifecycle status, a validity period, the TMF `version`
 * string (stored as `spec_version`: `version` is our optimistic-lock column, the ETag) and
 * `lastUpdate` (`updated_at`, the Last-Modified of its reads).
 */
export abstract class CatalogEntityColumns {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(200) })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'lifecycle_status', ...varchar(20) })
  lifecycleStatus: LifecycleStatus;

  /** The TMF `version` attribute (a label such as `1.0`), not the row version. */
  @Column({ name: 'spec_version', ...varchar(20), nullable: true })
  specVersion: string | null;

  @Column({ name: 'valid_from', ...TIMESTAMP, nullable: true })
  validFrom: Date | null;

  @Column({ name: 'valid_to', ...TIMESTAMP, nullable: true })
  validTo: Date | null;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  /** Set from the Clock on every change (tests control time). */
  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
