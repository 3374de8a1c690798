import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import type { NumberState } from './number-process.js';

/** The kinds of number the pools hold: a phone number (logical) and a SIM card's ICCID (physical). */
export const RESOURCE_TYPES = ['msisdn', 'iccid'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Where a port of a number between operators stands. */
export const PORTING_STATES = ['requested', 'inProgress', 'completed', 'cancelled'] as const;
export type PortingState = (typeof PORTING_STATES)[number];

/** The pool a number is imported into when the import names none. */
export const DEFAULT_POOL = 'default';

/**
 * One number of the inventory (TMF639 Resource): an MSISDN or an ICCID in a pool, with its place in
 * the number process and whom it is reserved for or assigned to. A number is unique per type, so
 * imports that overlap (even at the same time) never double it. `randomKey` is drawn at insert: a
 * random pick starts at a random key on the (type, status, randomKey) index and reads forward, so
 * it never scans or sorts the pool.
 */
@Entity('number_resource')
@Index('uq_number_resource_value', ['resourceType', 'value'], { unique: true })
@Index('idx_number_resource_pick', ['resourceType', 'status', 'randomKey'])
@Index('idx_number_resource_value', ['value'])
@Index('idx_number_resource_pool', ['pool', 'resourceType', 'status', 'randomKey'])
@Index('idx_number_resource_status', ['status', 'statusDate'])
@Index('idx_number_resource_reserved', ['status', 'reservedUntil'])
@Index('idx_number_resource_aging', ['status', 'agingUntil'])
@Index('idx_number_resource_party', ['partyId'])
@Index('idx_number_resource_subscription', ['subscriptionId'])
@Index('idx_number_resource_updated_at', ['updatedAt'])
@Index('idx_number_resource_created_at', ['createdAt'])
@Index('idx_number_resource_porting', ['portedIn', 'portingState'])
@Index('idx_number_resource_donor', ['donorOperator'])
export class NumberResource {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'resource_type', ...varchar(10) })
  resourceType: ResourceType;

  /** E.164 digits without `+` (MSISDN), or the 19–20 digits of an ICCID with its Luhn check digit. */
  @Column({ ...varchar(20) })
  value: string;

  @Column({ ...varchar(60) })
  pool: string;

  @Column({ ...varchar(20) })
  status: NumberState;

  @Column({ name: 'status_date', ...TIMESTAMP })
  statusDate: Date;

  /** A random integer in [0, 2^31): the start of a random pick. */
  @Column({ name: 'random_key', type: 'integer' })
  randomKey: number;

  /** The customer (party id) it is reserved for or assigned to: whose scope it is in. */
  @Column({ name: 'party_id', type: 'integer', nullable: true })
  partyId: number | null;

  @Column({ name: 'reserved_until', ...TIMESTAMP, nullable: true })
  reservedUntil: Date | null;

  /** The subscription (TMF637 product) it realizes while `assigned`. */
  @Column({ name: 'subscription_id', type: 'integer', nullable: true })
  subscriptionId: number | null;

  @Column({ name: 'assigned_at', ...TIMESTAMP, nullable: true })
  assignedAt: Date | null;

  /** When an aging number returns to the pool. */
  @Column({ name: 'aging_until', ...TIMESTAMP, nullable: true })
  agingUntil: Date | null;

  @Column({ name: 'ported_in', type: 'boolean', default: false })
  portedIn: boolean;

  @Column({ name: 'donor_operator', ...varchar(100), nullable: true })
  donorOperator: string | null;

  @Column({ name: 'porting_state', ...varchar(20), nullable: true })
  portingState: PortingState | null;

  /** The import that brought it: tells an import which rows it wrote and which were there already. */
  @Column({ name: 'import_id', ...varchar(36), nullable: true })
  importId: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
