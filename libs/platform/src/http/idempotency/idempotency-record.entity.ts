import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JSON_TEXT, TIMESTAMP, varchar } from '../../database/column-types.js';

/** The first response to an `Idempotency-Key`, replayed for the same key and body. */
@Entity('idempotency_record')
@Index('uq_idempotency_record_key', ['principalId', 'key'], { unique: true })
@Index('idx_idempotency_record_expires', ['expiresAt'])
export class IdempotencyRecord {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'principal_id', type: 'integer' })
  principalId: number;

  @Column({ ...varchar(200) })
  key: string;

  /** SHA-256 of method, route and body: the same key with another request is refused. */
  @Column({ name: 'request_hash', ...varchar(64) })
  requestHash: string;

  /** The request that claimed the key (a random id), so it knows its own claim when an insert's answer was lost. */
  @Column({ ...varchar(36), nullable: true })
  claimant: string | null;

  /** When the work of the first request committed (in its own transaction); null before, or when it had none. */
  @Column({ name: 'committed_at', ...TIMESTAMP, nullable: true })
  committedAt: Date | null;

  /** The stored result, null while the first request is still running. */
  @Column({ ...JSON_TEXT, nullable: true })
  response: string | null;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'expires_at', ...TIMESTAMP })
  expiresAt: Date;
}
